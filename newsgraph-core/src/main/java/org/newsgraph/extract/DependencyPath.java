package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small reads of a sentence's dependency graph: a phrase's head, a word's governor and its dependents by relation. */
final class DependencyPath {

    private DependencyPath() {
    }

    /** The node of 0-based token {@code i}, if the parse has it. */
    static Optional<IndexedWord> node(SemanticGraph graph, int i) {
        return Optional.ofNullable(graph.getNodeByIndexSafe(i + 1));
    }

    /** The head of tokens {@code [from, to)}: the node whose governor lies outside them. */
    static Optional<IndexedWord> head(SemanticGraph graph, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<IndexedWord> n = node(graph, i);
            if (n.isEmpty()) {
                continue;
            }
            Optional<SemanticGraphEdge> up = governor(graph, n.get());
            if (up.isEmpty() || ParsedSentence.at(up.get().getGovernor()) < from || ParsedSentence.at(up.get().getGovernor()) >= to) {
                return n;
            }
        }
        return Optional.empty();
    }

    /** The edge to a word's governor, preferring the basic tree's edge over enhanced extras. */
    static Optional<SemanticGraphEdge> governor(SemanticGraph graph, IndexedWord word) {
        SemanticGraphEdge any = null;
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(word)) {
            if (!e.isExtra() && !relation(e).equals("ref")) {
                return Optional.of(e);
            }
            any = any == null ? e : any;
        }
        return Optional.ofNullable(any);
    }

    /** The dependents of {@code word} whose relation is {@code relation} or a subtype of it ("obl" takes "obl:to"). */
    static List<IndexedWord> dependents(SemanticGraph graph, IndexedWord word, String... relations) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(word)) {
            String rel = relation(e);
            for (String r : relations) {
                if (rel.equals(r) || rel.startsWith(r + ":")) {
                    out.add(e.getDependent());
                    break;
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return out;
    }

    /**
     * The word a gerund after "to" or "for" completes when the parser left it loose: "committed to supporting X" parsed
     * with the gerund a modifier of X (an oblique of "committed"), or with "to" an adverb of "committed" and the gerund
     * hanging from "to".
     */
    static Optional<IndexedWord> gerundClause(ParsedSentence s, SemanticGraph graph, IndexedWord gerund) {
        int at = ParsedSentence.at(gerund);
        if (!s.tag(at).equals("VBG") || at == 0 || !s.lower(at - 1).equals("to") && !s.lower(at - 1).equals("for")) {
            return Optional.empty();
        }
        Optional<SemanticGraphEdge> up = governor(graph, gerund);
        if (up.isEmpty()) {
            return Optional.empty();
        }
        IndexedWord over = up.get().getGovernor();
        String rel = relation(up.get());
        boolean modifier = rel.equals("amod") && ParsedSentence.at(over) > at;
        boolean afterPreposition = rel.equals("dep") && ParsedSentence.at(over) == at - 1;
        if (!modifier && !afterPreposition) {
            return Optional.empty();
        }
        return governor(graph, over).filter(e -> modifier ? relation(e).startsWith("obl") : Set.of("advmod", "dep").contains(relation(e)))
                .map(SemanticGraphEdge::getGovernor);
    }

    static String relation(SemanticGraphEdge e) {
        return e.getRelation().toString();
    }
}
