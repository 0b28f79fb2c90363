package org.newsgraph.assembly;

import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.ArticleFacts;

/**
 * The named graph of one article as a build writes it: the linked facts it was mapped from (without
 * the article's text), the graph, and the SHACL shape violations found in it.
 */
public record ArticleGraph(ArticleFacts facts, Graph graph, List<String> violations) {

    public ArticleGraph {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(graph, "graph");
        violations = List.copyOf(violations);
    }

    /** The id of the article, which names its graph. */
    public String id() {
        return facts.article().id();
    }
}
