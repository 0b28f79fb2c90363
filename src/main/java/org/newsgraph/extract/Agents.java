package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import org.newsgraph.nlp.Entity;

/** Resolves a noun of the dependency graph to the agent it names: its own name, or a name in its compound or apposition. */
final class Agents {

    private Agents() {
    }

    /** The person, organisation or country that the noun phrase headed by {@code head} names, if any. */
    static Optional<Entity> named(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        return named(article, s, graph, head, true);
    }

    /** The entity a noun phrase names: an agent, or with {@code agentsOnly} false also a place. */
    static Optional<Entity> named(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head, boolean agentsOnly) {
        Optional<Entity> own = agentsOnly ? article.agentAt(s, ParsedSentence.at(head)) : article.entityAt(s, ParsedSentence.at(head));
        if (own.isPresent()) {
            return own;
        }
        // "the Prime Minister Anna Novak", "Board Chair Ting Chen": the name may be a dependent of a title head.
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
            String rel = edge.getRelation().toString();
            if (rel.equals("compound") || rel.equals("flat") || rel.equals("appos") || rel.equals("dep")) {
                int at = ParsedSentence.at(edge.getDependent());
                Optional<Entity> part = agentsOnly ? article.agentAt(s, at) : article.entityAt(s, at);
                if (part.isPresent()) {
                    return part;
                }
            }
        }
        return Optional.empty();
    }

}
