package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;

/**
 * Successions a clause of departure states: "welcoming A as Special Envoy once B ends his
 * appointment", "A will become Chair when B retires". The departing verb (a cue of
 * {@code departure-verbs}, with no object or one naming the post) is introduced by "once", "when"
 * or "after"; its subject is the predecessor, and the successor is the one other person the sentence
 * names together with the office the article gives them. Stateless.
 */
final class Departures {

    private static final Set<String> VERBS = Set.copyOf(CueWords.lines("departure-verbs"));
    private static final Set<String> MARKS = Set.of("once", "when", "after");
    /** What a departing verb may end besides a post noun: "ends his appointment", "completes her term". */
    private static final Set<String> TENURES = Set.of("appointment", "term", "tenure", "mandate");

    /** A succession found: who follows whom, in which office, and the departing verb. */
    record Found(Entity successor, Entity predecessor, Office office, IndexedWord verb) {
    }

    private Departures() {
    }

    static List<Found> find(ParsedArticle a, ParsedSentence s, SemanticGraph g, List<RoleHolding> roles, Set<String> postNouns) {
        for (IndexedWord v : g.vertexListSorted()) {
            if (!departing(s, g, v, postNouns)) {
                continue;
            }
            Optional<Holder> leaving = Participants.child(a, s, g, v, Optional.empty(), "nsubj");
            if (leaving.isEmpty()) {
                continue;
            }
            Entity predecessor = leaving.get().person();
            List<RoleHolding> taking = roles.stream().filter(r -> r.status() != HoldingStatus.FORMER && !r.person().sameAs(predecessor))
                    .filter(r -> named(a, s, r.person()) && s.text().toLowerCase(Locale.ROOT).contains(r.office().role().toLowerCase(Locale.ROOT)))
                    .toList();
            if (taking.stream().map(r -> r.person().key()).distinct().count() == 1) {
                return List.of(new Found(taking.get(0).person(), predecessor, taking.get(0).office(), v));
            }
        }
        return List.of();
    }

    /** Whether a word of {@code s} names {@code person}. */
    private static boolean named(ParsedArticle a, ParsedSentence s, Entity person) {
        for (int i = 0; i < s.size(); i++) {
            if (Participants.person(a, s, i, Optional.empty()).filter(h -> h.person().sameAs(person)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "once B ends his appointment", "when B steps down": a departure verb introduced by a time mark. */
    private static boolean departing(ParsedSentence s, SemanticGraph g, IndexedWord v, Set<String> postNouns) {
        int i = ParsedSentence.at(v);
        String particle = DependencyPath.dependents(g, v, "compound:prt").stream().map(p -> " " + s.lower(ParsedSentence.at(p))).findFirst().orElse("");
        if (!s.tag(i).startsWith("VB") || !VERBS.contains(s.lemma(i) + particle)) {
            return false;
        }
        boolean marked = DependencyPath.dependents(g, v, "mark", "advmod").stream().anyMatch(m -> MARKS.contains(s.lower(ParsedSentence.at(m))));
        List<IndexedWord> objects = DependencyPath.dependents(g, v, "obj");
        boolean post = objects.stream().map(o -> s.lemma(ParsedSentence.at(o))).allMatch(l -> postNouns.contains(l) || TENURES.contains(l));
        return marked && post;
    }
}
