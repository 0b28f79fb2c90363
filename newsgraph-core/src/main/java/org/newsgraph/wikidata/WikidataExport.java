package org.newsgraph.wikidata;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.newsgraph.export.Rdf4jValues;
import org.newsgraph.store.StoreException;

/** The Wikidata export formats of {@code newsgraph export}: the Wikidata-shaped graph as Turtle, and QuickStatements. */
public final class WikidataExport {

    /** The formats. */
    public enum Format {
        /** The Wikidata-shaped graph as Turtle with the Wikidata prefixes, written with RDF4J Rio. */
        WIKIDATA_RDF,
        /** QuickStatements v1 lines. */
        QUICKSTATEMENTS;

        /** "wikidata-rdf" or "quickstatements" (also "qs"); empty for any other name. */
        public static Optional<Format> parse(String name) {
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "wikidata-rdf", "wikidata" -> Optional.of(WIKIDATA_RDF);
                case "quickstatements", "qs" -> Optional.of(QUICKSTATEMENTS);
                default -> Optional.empty();
            };
        }
    }

    private static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;
    private static final Comparator<Triple> TRIPLES = Comparator.comparing(Triple::getSubject, NODES)
            .thenComparing(Triple::getPredicate, NODES).thenComparing(Triple::getObject, NODES);

    private final WikidataMapper mapper = new WikidataMapper();

    /**
     * Writes the linked facts of {@code dataset} in {@code format} to {@code out}; for QuickStatements,
     * one line per skipped fact and a last summary line go to {@code messages}.
     */
    public void write(Format format, DatasetGraph dataset, OutputStream out, Consumer<String> messages) {
        WikidataFacts facts = mapper.read(dataset);
        if (format == Format.WIKIDATA_RDF) {
            writeTurtle(mapper.toGraph(facts), out);
            return;
        }
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        QuickStatementsWriter.Summary summary = new QuickStatementsWriter().write(facts, writer::println, messages);
        writer.flush();
        messages.accept(summaryLine(summary));
    }

    /** "quickstatements: 2 statements in 2 lines; 40 facts skipped (person not linked to Wikidata 5, ...)". */
    public static String summaryLine(QuickStatementsWriter.Summary summary) {
        String reasons = summary.skipped().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().text() + " " + e.getValue()).collect(Collectors.joining(", "));
        return "quickstatements: " + summary.written() + " statements in " + summary.lines() + " lines; "
                + summary.skippedTotal() + " facts skipped" + (reasons.isEmpty() ? "" : " (" + reasons + ")");
    }

    /** Writes {@code graph} as Turtle with the Wikidata prefixes, triples sorted so that equal graphs give equal files. */
    public static void writeTurtle(Graph graph, OutputStream out) {
        TreeSet<Triple> sorted = new TreeSet<>(TRIPLES);
        graph.find().forEachRemaining(sorted::add);
        Rdf4jValues values = new Rdf4jValues();
        RDFWriter writer = Rio.createWriter(RDFFormat.TURTLE, out);
        try {
            writer.startRDF();
            Wikibase.prefixes().forEach(writer::handleNamespace);
            sorted.forEach(t -> writer.handleStatement(values.statement(t)));
            writer.endRDF();
        } catch (RDFHandlerException e) {
            throw new StoreException("cannot write the Wikidata-shaped graph: " + e.getMessage(), e);
        }
    }
}
