package org.newsgraph.extract;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.EndorsementTargets.Found;
import org.newsgraph.extract.Endorsement.Target;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Entity;

/**
 * The people an article appoints to an office they have yet to take up, in the order it names them. A stance on a group
 * it counts ("offered his congratulations to both officers", "praised the three nominees"), in an article that appoints
 * exactly that many people, is a stance on each one's appointment. Any other count names a group it cannot tell.
 */
final class Appointees {

    /** Parts of speech of the words before a counted group's noun: "both", "the", "all", "two", "new". */
    private static final Set<String> GROUP_WORDS = Set.of("DT", "PDT", "CD", "JJ");

    private final List<Entity> people;

    private Appointees(List<Entity> people) {
        this.people = List.copyOf(people);
    }

    /** The holders of the article's offices to come, each once, in the order of their first evidence. */
    static Appointees of(List<RoleHolding> roles) {
        Map<String, Entity> people = new LinkedHashMap<>();
        roles.stream().filter(r -> r.status() == HoldingStatus.DESIGNATE)
                .sorted(Comparator.comparing(r -> r.evidence().span()))
                .forEach(r -> people.putIfAbsent(r.person().key(), r.person()));
        return new Appointees(List.copyOf(people.values()));
    }

    /** {@code found}, with a counted group of common nouns the article's appointees make up replaced by their appointments. */
    List<Found> expand(ParsedSentence s, List<Found> found) {
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            Optional<Integer> count = f.target().entity().isPresent() ? Optional.empty() : counted(s, f.from(), f.to());
            if (count.isPresent() && count.get() == people.size()) {
                people.forEach(p -> out.add(new Found(new Target(TargetKind.CANDIDACY, p.label() + "'s appointment", Optional.of(p)),
                        f.from(), f.to())));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * How many a phrase of nothing but a count, adjectives and a plural common noun counts: "both officers" 2, "the three
     * new chiefs" 3; "the two countries' agreement" counts no people. A target's phrase leaves out its determiners, so the
     * words just before it are read as well.
     */
    private static Optional<Integer> counted(ParsedSentence s, int from, int to) {
        int start = from;
        while (start > 0 && from - start < 2 && GROUP_WORDS.contains(s.tag(start - 1))) {
            start--;
        }
        if (!s.tag(to - 1).equals("NNS")) {
            return Optional.empty();
        }
        Optional<Integer> count = Optional.empty();
        for (int i = start; i < to - 1; i++) {
            if (!GROUP_WORDS.contains(s.tag(i))) {
                return Optional.empty();
            }
            if (s.lower(i).equals("both")) {
                count = Optional.of(2);
            } else if (s.tag(i).equals("CD")) {
                count = number(s.lower(i));
            }
        }
        return count.filter(n -> n > 1);
    }

    private static Optional<Integer> number(String word) {
        try {
            return Optional.of(NumberNormalizer.wordToNumber(word).intValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
