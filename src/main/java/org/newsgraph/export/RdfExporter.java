package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.Prefixes;

/**
 * Writes a store as RDF with RDF4J Rio. Triple formats (Turtle, RDF/XML) get the union of the
 * article graphs; quad formats (TriG, N-Quads, JSON-LD) keep each article's named graph.
 */
public final class RdfExporter {

    /** The formats NewsGraph writes. */
    public enum Format {
        TURTLE(RDFFormat.TURTLE), TRIG(RDFFormat.TRIG), NQUADS(RDFFormat.NQUADS), JSONLD(RDFFormat.JSONLD), RDFXML(RDFFormat.RDFXML);

        private final RDFFormat rio;

        Format(RDFFormat rio) {
            this.rio = rio;
        }

        public RDFFormat rio() {
            return rio;
        }

        public boolean hasGraphs() {
            return rio.supportsContexts();
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "': use turtle, trig, nquads, jsonld or rdfxml");
            }
        }
    }

    private final GraphStore store;
    private final ValueFactory values = SimpleValueFactory.getInstance();

    public RdfExporter(GraphStore store) {
        this.store = store;
    }

    public void write(Format format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        Txn.executeRead(store.dataset(), () -> {
            writer.startRDF();
            Prefixes.all().forEach(writer::handleNamespace);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (format.hasGraphs()) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> writer.handleStatement(
                        values.createStatement(resource(q.getSubject()), iri(q.getPredicate()), value(q.getObject()), resource(q.getGraph()))));
            } else {
                dsg.getUnionGraph().find().forEach(t -> writer.handleStatement(
                        values.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject()))));
            }
            writer.endRDF();
        });
    }

    private Resource resource(Node node) {
        return node.isBlank() ? values.createBNode(node.getBlankNodeLabel()) : iri(node);
    }

    private IRI iri(Node node) {
        return values.createIRI(node.getURI());
    }

    private Value value(Node node) {
        if (!node.isLiteral()) {
            return resource(node);
        }
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return values.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        return values.createLiteral(node.getLiteralLexicalForm(), values.createIRI(node.getLiteralDatatypeURI()));
    }

}
