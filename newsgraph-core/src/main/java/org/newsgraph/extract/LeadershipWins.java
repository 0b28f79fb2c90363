package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Reads the leadership of a named organisation as the object of winning: "Ana Holt won the
 * leadership of the Harbour Party", "after winning the Harbour Party leadership contest". Whoever
 * wins it leads that organisation. Pure.
 */
final class LeadershipWins {

    /** How many steps up the parse "leadership" may lie below the winning verb ("won the run-off for the leadership"). */
    private static final int REACH = 3;
    private static final Set<String> ORGANISATION_KINDS = Set.of("ORGANIZATION");

    private LeadershipWins() {
    }

    /** The leaderships won in {@code s}. */
    static List<RoleHolding> in(ParsedArticle a, ParsedSentence s) {
        List<RoleHolding> out = new ArrayList<>();
        Optional<SemanticGraph> graph = s.graph();
        for (int i = 0; i < s.size() && graph.isPresent(); i++) {
            if (!s.lemma(i).equals("leadership")) {
                continue;
            }
            int at = i;
            Optional<Entity> organisation = organisationOf(a, s, i);
            Optional<IndexedWord> win = winning(s, graph.get(), i);
            Optional<Holder> winner = win.flatMap(v -> Participants.subjectAbove(a, s, graph.get(), v, REACH));
            if (organisation.isPresent() && winner.isPresent()) {
                int from = Math.min(winner.get().token(), at);
                int to = Math.max(winner.get().token() + 1, at + 1);
                out.add(new RoleHolding(winner.get().person(), new Office("leader", organisation), Optional.empty(), Optional.empty(),
                        HoldingStatus.CURRENT, s.evidence(a.id(), from, to, "roles.leadership-won")));
            }
        }
        return out;
    }

    /** The organisation named right before "leadership" ("the Harbour Party leadership") or after its "of". */
    private static Optional<Entity> organisationOf(ParsedArticle a, ParsedSentence s, int i) {
        if (i > 0 && ORGANISATION_KINDS.contains(s.ner(i - 1))) {
            return organisation(a, s, i - 1);
        }
        int k = i + 1;
        if (k >= s.size() || !s.lower(k).equals("of")) {
            return Optional.empty();
        }
        k++;
        // "of the governing Harbour Party": past the determiner and adjectives.
        while (k < s.size() && (s.tag(k).equals("DT") || s.tag(k).startsWith("JJ") || s.tag(k).equals("VBG"))) {
            k++;
        }
        return k < s.size() && ORGANISATION_KINDS.contains(s.ner(k)) ? organisation(a, s, k) : Optional.empty();
    }

    private static Optional<Entity> organisation(ParsedArticle a, ParsedSentence s, int k) {
        return a.entityAt(s, k).filter(e -> e.kind() == EntityKind.ORGANIZATION);
    }

    /** The verb "win" the parse hangs "leadership" from, a few steps up. */
    private static Optional<IndexedWord> winning(ParsedSentence s, SemanticGraph g, int i) {
        IndexedWord node = g.getNodeByIndexSafe(i + 1);
        for (int step = 0; node != null && step < REACH; step++) {
            SemanticGraphEdge up = g.getIncomingEdgesSorted(node).stream().findFirst().orElse(null);
            if (up == null) {
                return Optional.empty();
            }
            node = up.getGovernor();
            if (s.lemma(ParsedSentence.at(node)).equals("win")) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }
}
