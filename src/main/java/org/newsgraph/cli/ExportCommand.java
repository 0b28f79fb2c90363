package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F [--output FILE]}: writes the store as RDF with RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the store as RDF (turtle and rdfxml: the union graph; trig, nquads, jsonld: with article graphs).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "turtle, trig, nquads, jsonld or rdfxml.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(store.store)) {
            throw new NewsGraphException(store.store + ": no store here; run 'newsgraph build' first or pass --store");
        }
        RdfExporter.Format chosen = RdfExporter.Format.parse(format);
        try (GraphStore graphStore = GraphStore.open(store.store);
             OutputStream out = output == null ? System.out : Files.newOutputStream(output)) {
            new RdfExporter(graphStore.dataset()).write(chosen, out);
            out.flush();
        }
        return 0;
    }
}
