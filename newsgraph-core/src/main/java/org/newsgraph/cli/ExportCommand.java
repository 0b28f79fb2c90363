package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.visual.FactGraph;
import org.newsgraph.visual.VisualExporter;
import org.newsgraph.wikidata.ReconciliationCsv;
import org.newsgraph.wikidata.WikidataExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F [--output FILE]}: writes the store as RDF, Wikidata statements or a graph file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store as RDF (turtle and rdfxml: the union graph; trig, nquads, jsonld: with article graphs),",
                "as Wikidata statements (wikidata-rdf: Turtle; quickstatements: QuickStatements v1 lines, facts Wikidata cannot take reported on stderr),",
                "as a graph of entities and facts (graphml, gexf, dot, cytoscape),",
                "or the people, organisations and offices without a Wikidata item as CSV for OpenRefine's reconciliation (reconcile)."})
final class ExportCommand implements Callable<Integer> {

    private static final String FORMATS = "turtle, rdfxml, trig, nquads, jsonld, wikidata-rdf, quickstatements, graphml, gexf, dot, cytoscape or reconcile";
    private static final String RECONCILE = "reconcile";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "One of: " + FORMATS + ".")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Optional<WikidataExport.Format> wikidata = WikidataExport.Format.parse(format);
        Optional<VisualExporter.Format> graph = VisualExporter.Format.find(format);
        boolean reconcile = format.trim().equalsIgnoreCase(RECONCILE);
        RdfExporter.Format rdf = wikidata.isPresent() || graph.isPresent() || reconcile ? null : rdfFormat(format);
        try (StoreOption.Readable readable = store.openForReading();
             OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            if (wikidata.isPresent()) {
                new WikidataExport().write(wikidata.get(), readable.dataset(), out, spec.commandLine().getErr()::println);
            } else if (reconcile) {
                int rows = ReconciliationCsv.write(readable.dataset(), out);
                spec.commandLine().getErr().println("reconcile: " + rows + " people, organisations and offices without a Wikidata item");
            } else if (graph.isPresent()) {
                VisualExporter.write(FactGraph.read(readable.dataset()), graph.get(), out);
            } else {
                new RdfExporter(readable.dataset()).write(rdf, out);
            }
            out.flush();
        }
        return 0;
    }

    private static RdfExporter.Format rdfFormat(String name) {
        try {
            return RdfExporter.Format.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + name + "': use " + FORMATS, e);
        }
    }
}
