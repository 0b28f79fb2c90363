package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Participants.Holder;
import org.newsgraph.nlp.Entity;

/**
 * Successions a noun states: "B's successor, A", "his predecessor, B", "settled on A as B's
 * successor", "A became B's successor". The noun's possessor is the other party; the named one is
 * its apposition, the name it is in apposition to, the subject or object of the verb it completes.
 * "a possible successor" and the like state nothing. Stateless.
 */
final class SuccessorNouns {

    /** A succession a noun states, the noun, and the clause that carries its date and office. */
    record Found(Holder successor, Holder predecessor, IndexedWord noun, IndexedWord clause) {
    }

    private static final Set<String> SUCCESSOR = Set.copyOf(CueWords.lines("successor-nouns"));
    private static final Set<String> PREDECESSOR = Set.copyOf(CueWords.lines("predecessor-nouns"));
    private static final Set<String> HEDGES = Set.copyOf(CueWords.lines("successor-hedges"));
    /** How the named party hangs on the verb the noun completes ("named A as B's successor", "settled on A as ..."). */
    private static final Set<String> NAMED_ON_VERB = Set.of("obj", "nsubj:pass", "obl:on", "nsubj");

    private SuccessorNouns() {
    }

    static List<Found> find(ParsedArticle a, ParsedSentence s, SemanticGraph g) {
        List<Found> out = new ArrayList<>();
        for (IndexedWord n : g.vertexListSorted()) {
            int i = ParsedSentence.at(n);
            boolean successor = SUCCESSOR.contains(s.lemma(i));
            if (!successor && !PREDECESSOR.contains(s.lemma(i)) || !s.tag(i).startsWith("NN") || hedged(s, g, n)) {
                continue;
            }
            Optional<Holder> possessor = Participants.child(a, s, g, n, Optional.empty(), "nmod:poss");
            if (possessor.isEmpty()) {
                continue;
            }
            Optional<Entity> other = Optional.of(possessor.get().person());
            Optional<IndexedWord> up = g.getIncomingEdgesSorted(n).stream().findFirst().map(SemanticGraphEdge::getGovernor);
            String relation = g.getIncomingEdgesSorted(n).stream().findFirst().map(e -> e.getRelation().toString()).orElse("");
            // "B's successor, A": the apposition names the one the noun stands for.
            Optional<Holder> named = Participants.child(a, s, g, n, other, "appos");
            IndexedWord clause = up.orElse(n);
            if (named.isEmpty() && relation.equals("appos") && up.isPresent()) {
                // "A, B's successor, ...": the noun is in apposition to the name.
                named = Participants.person(a, s, ParsedSentence.at(up.get()), other);
                clause = g.getIncomingEdgesSorted(up.get()).stream().findFirst().map(SemanticGraphEdge::getGovernor).orElse(up.get());
            }
            if (named.isEmpty() && up.isPresent() && (relation.endsWith(":as") || relation.equals("xcomp"))) {
                // "settled on A as B's successor", "A became B's successor".
                named = Participants.child(a, s, g, up.get(), other, NAMED_ON_VERB.toArray(String[]::new));
            }
            if (named.isEmpty()) {
                named = Participants.child(a, s, g, n, other, "nsubj");
                clause = named.isPresent() ? n : clause;
            }
            if (named.isEmpty() || named.get().person().sameAs(possessor.get().person())) {
                continue;
            }
            out.add(successor ? new Found(named.get(), possessor.get(), n, clause) : new Found(possessor.get(), named.get(), n, clause));
        }
        return out;
    }

    /** "a possible successor", "his eventual successor", "no successor": one not (yet) named as such. */
    private static boolean hedged(ParsedSentence s, SemanticGraph g, IndexedWord n) {
        return g.outgoingEdgeList(n).stream().filter(e -> Set.of("amod", "det", "advmod").contains(e.getRelation().toString()))
                .anyMatch(e -> HEDGES.contains(s.lower(ParsedSentence.at(e.getDependent()))));
    }
}
