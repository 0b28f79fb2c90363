package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an anaphoric target ("it", "the plan", "this proposal") to the nearest earlier phrase that
 * names such a thing in full ("the 5% defence spending target"), in its sentence or the two before.
 */
final class Antecedents {

    /** An antecedent: its sentence and the head of its phrase. */
    record Antecedent(ParsedSentence sentence, SemanticGraph graph, IndexedWord head) {
    }

    private static final Set<String> CONTENT = Set.of("amod", "nummod", "compound", "nmod:poss", "acl", "nmod:of", "nmod:on",
            "nmod:for", "nmod:to", "nmod:in");
    private static final Set<String> DEMONSTRATIVE = Set.of("the", "this", "that", "these", "such");

    private final EndorsementCues cues;

    Antecedents(EndorsementCues cues) {
        this.cues = cues;
    }

    /** Whether the phrase headed by {@code head} only points back: "it", or "the plan" with no word of its own. */
    boolean anaphoric(ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        if (s.lower(at).equals("it") && s.tag(at).equals("PRP")) {
            return true;
        }
        return cues.isA("anaphor", s.lemma(at)) && !named(graph, head)
                && children(graph, head, "det").stream().anyMatch(d -> DEMONSTRATIVE.contains(s.lower(ParsedSentence.at(d))));
    }

    /** The nearest earlier phrase, before token {@code at} of {@code s}, headed by a noun such targets have, in full. */
    Optional<Antecedent> of(ParsedArticle article, ParsedSentence s, int at) {
        List<ParsedSentence> sentences = article.sentences();
        for (int k = s.index(); k >= 0 && k >= s.index() - 2; k--) {
            ParsedSentence sentence = sentences.get(k);
            if (sentence.graph().isEmpty()) {
                continue;
            }
            SemanticGraph graph = sentence.graph().get();
            List<IndexedWord> nodes = graph.vertexListSorted();
            for (int n = nodes.size() - 1; n >= 0; n--) {
                IndexedWord node = nodes.get(n);
                int i = ParsedSentence.at(node);
                if ((k < s.index() || i < at) && sentence.tag(i).startsWith("NN") && cues.isA("anaphor", sentence.lemma(i))
                        && named(graph, node)) {
                    return Optional.of(new Antecedent(sentence, graph, node));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A phrase with a word of its own besides its head and determiner, or the controller of a clause
     * that says what it is ("backed the plan to raise spending", parsed as the verb's complement).
     */
    private static boolean named(SemanticGraph graph, IndexedWord head) {
        if (graph.incomingEdgeList(head).stream().anyMatch(edge -> edge.getRelation().toString().equals("nsubj:xsubj"))) {
            return true;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            if (CONTENT.contains(rel) || CONTENT.contains(rel.replaceAll(":.*", ""))) {
                return true;
            }
        }
        return false;
    }
}
