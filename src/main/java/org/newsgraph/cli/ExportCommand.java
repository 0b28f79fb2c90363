package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.wikidata.WikidataExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F [--output FILE]}: writes the store as RDF with RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store as RDF (turtle and rdfxml: the union graph; trig, nquads, jsonld: with article graphs).",
                "wikidata-rdf: the linked facts as Wikidata statements (Turtle); quickstatements: the same as"
                        + " QuickStatements v1 lines, facts Wikidata cannot take reported on stderr."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true,
            description = "turtle, trig, nquads, jsonld, rdfxml, wikidata-rdf or quickstatements.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(store.store)) {
            throw new NewsGraphException(store.store + ": no store here; run 'newsgraph build' first or pass --store");
        }
        Optional<WikidataExport.Format> wikidata = WikidataExport.Format.parse(format);
        RdfExporter.Format chosen = null;
        if (wikidata.isEmpty()) {
            try {
                chosen = RdfExporter.Format.parse(format);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + format
                        + "': use turtle, rdfxml, trig, nquads, jsonld, wikidata-rdf or quickstatements", e);
            }
        }
        try (GraphStore graphStore = GraphStore.open(store.store);
             OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            if (wikidata.isPresent()) {
                new WikidataExport().write(wikidata.get(), graphStore.dataset(), out, spec.commandLine().getErr()::println);
            } else {
                new RdfExporter(graphStore.dataset()).write(chosen, out);
            }
            out.flush();
        }
        return 0;
    }
}
