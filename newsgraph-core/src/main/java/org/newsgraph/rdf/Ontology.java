package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.vocab.NG;

/** The NewsGraph ontology (ontology/newsgraph.ttl, bundled in the jar) and the named graph that holds it in a store. */
public final class Ontology {

    /** Where the ontology lives on the classpath. */
    public static final String RESOURCE = "/org/newsgraph/ontology/newsgraph.ttl";

    /** The named graph of the ontology in a store: the ontology's own IRI, https://w3id.org/newsgraph/ontology. */
    public static final Node GRAPH = NG.ONTOLOGY.asNode();

    private Ontology() {
    }

    /** The ontology as a new in-memory graph, with its prefixes. */
    public static Graph graph() {
        try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the ontology is not on the classpath at " + RESOURCE);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the ontology " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
