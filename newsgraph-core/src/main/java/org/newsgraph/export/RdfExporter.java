package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.store.StoreException;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.OA;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.WD;

/**
 * Writes a dataset with RDF4J Rio: Turtle and RDF/XML get the union of the named graphs as
 * deduplicated triples, TriG, N-Quads and JSON-LD get every quad with its named graph.
 */
public final class RdfExporter {

    /** The export formats. */
    public enum Format {
        TURTLE(RDFFormat.TURTLE, false), RDFXML(RDFFormat.RDFXML, false), TRIG(RDFFormat.TRIG, true),
        NQUADS(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD, true);

        private final RDFFormat rio;
        private final boolean quads;

        Format(RDFFormat rio, boolean quads) {
            this.rio = rio;
            this.quads = quads;
        }

        /** The Rio format. */
        public RDFFormat rio() {
            return rio;
        }

        /** Whether the format keeps named graphs. */
        public boolean quads() {
            return quads;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return rio.getDefaultFileExtension();
        }

        /** Parses turtle, rdfxml, trig, nquads or jsonld (also ttl, xml, nq, json-ld). */
        public static Format parse(String name) {
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "turtle", "ttl" -> TURTLE;
                case "rdfxml", "rdf/xml", "xml", "rdf" -> RDFXML;
                case "trig" -> TRIG;
                case "nquads", "n-quads", "nq" -> NQUADS;
                case "jsonld", "json-ld" -> JSONLD;
                default -> throw new IllegalArgumentException("unknown export format '" + name
                        + "': use turtle, rdfxml, trig, nquads or jsonld");
            };
        }
    }

    private static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
    private static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);
    private static final Comparator<Quad> QUADS = Comparator.comparing(Quad::getGraph, NODES)
            .thenComparing(Quad::getSubject, NODES).thenComparing(Quad::getPredicate, NODES)
            .thenComparing(Quad::getObject, NODES);

    private final DatasetGraph dataset;
    private final Rdf4jValues values = new Rdf4jValues();

    /** An exporter of {@code dataset} (for a store: GraphStore.dataset()). */
    public RdfExporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Writes the dataset in {@code format} to {@code out}, sorted so that equal stores give equal files. */
    public void write(Format format, OutputStream out) {
        List<Statement> statements = statements(format.quads());
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        try {
            writer.startRDF();
            writer.handleNamespace(NG.PREFIX, NG.NS);
            writer.handleNamespace("rdf", RDF.getURI());
            writer.handleNamespace("rdfs", RDFS.getURI());
            writer.handleNamespace("owl", OWL.getURI());
            writer.handleNamespace("xsd", XSD.getURI());
            writer.handleNamespace(OA.PREFIX, OA.NS);
            writer.handleNamespace(SCHEMA.PREFIX, SCHEMA.NS);
            writer.handleNamespace(WD.PREFIX, WD.NS);
            statements.forEach(writer::handleStatement);
            writer.endRDF();
        } catch (RDFHandlerException e) {
            throw new StoreException("cannot write " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), e);
        }
    }

    /** Writes the dataset in {@code format} to {@code file}. */
    public void write(Format format, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The dataset as RDF4J statements: all quads, or the deduplicated triples of the union of the
     * graphs; the build's link index, its own bookkeeping, is left out.
     */
    public List<Statement> statements(boolean quads) {
        return Txn.calculateRead(dataset, () -> {
            List<Statement> out = new ArrayList<>();
            if (quads) {
                TreeSet<Quad> sorted = new TreeSet<>(QUADS);
                Iter.forEach(published(), sorted::add);
                sorted.forEach(q -> out.add(values.statement(q)));
            } else {
                TreeSet<Triple> sorted = new TreeSet<>(TRIPLES);
                Iter.forEach(published(), q -> sorted.add(q.asTriple()));
                sorted.forEach(t -> out.add(values.statement(t)));
            }
            return out;
        });
    }

    private java.util.Iterator<Quad> published() {
        return Iter.filter(dataset.find(), q -> !LinkIndexMapper.isIndex(q.getGraph()));
    }
}
