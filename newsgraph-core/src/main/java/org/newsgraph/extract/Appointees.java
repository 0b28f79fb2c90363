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

    /** Parts of speech of the words that may open a counted group: "both", "the", "all", "two". */
    private static final Set<String> DETERMINERS = Set.of("DT", "PDT", "CD");

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
        return new Appointees(new ArrayList<>(people.values()));
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
     * How many a phrase of a count and a plural common noun, and no name, counts: "both officers" 2, "the three nominees"
     * 3. A target's phrase leaves out its determiners, so the words just before it are read as well.
     */
    private static Optional<Integer> counted(ParsedSentence s, int from, int to) {
        Optional<Integer> count = Optional.empty();
        boolean plural = false;
        int start = from;
        while (start > 0 && from - start < 2 && DETERMINERS.contains(s.tag(start - 1))) {
            start--;
        }
        for (int i = start; i < to; i++) {
            String tag = s.tag(i);
            if (tag.startsWith("NNP")) {
                return Optional.empty();
            }
            plural |= tag.equals("NNS");
            if (s.lower(i).equals("both")) {
                count = Optional.of(2);
            } else if (tag.equals("CD")) {
                count = number(s.lower(i));
            }
        }
        return plural ? count.filter(n -> n > 1) : Optional.empty();
    }

    private static Optional<Integer> number(String word) {
        try {
            return Optional.of(NumberNormalizer.wordToNumber(word).intValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
