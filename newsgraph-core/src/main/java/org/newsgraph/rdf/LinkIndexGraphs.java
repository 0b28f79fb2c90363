package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The names of the builder's link index graphs in a store, which exports and the endpoint leave
 * out. Depends on Jena alone, so that the served view of a store ({@code serve.ServedDataset})
 * loads in a stock Fuseki server without the rest of NewsGraph's libraries.
 */
public final class LinkIndexGraphs {

    /** The named graph of the link index ({@link LinkIndexMapper}). */
    public static final Node INDEX = NodeFactory.createURI(Iris.BASE + "link-index");

    /** The named graph of the link inputs ({@link LinkInputs}). */
    public static final Node INPUTS = NodeFactory.createURI(Iris.BASE + "link-index/articles");

    /** Both, {@link #INDEX} and {@link #INPUTS}. */
    public static final List<Node> ALL = List.of(INDEX, INPUTS);

    private LinkIndexGraphs() {
    }

    /** Whether {@code graph} is one of the link index graphs. */
    public static boolean contains(Node graph) {
        return ALL.contains(graph);
    }
}
