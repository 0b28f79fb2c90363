package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.assembly.ExtractedCorpus;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph load DIR --store S}: bulk-loads an extraction into a new store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk-load what 'newsgraph extract' wrote into a new TDB2 store, then build its derived graphs (ontology, Wikidata).")
final class LoadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The output folder of 'newsgraph extract'.")
    Path folder;

    @Mixin
    StoreOption store;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased",
            description = "Jena's TDB2 loader: basic, phased or parallel (default: ${DEFAULT-VALUE}; as fast as parallel on 2 cores, with fewer threads).")
    String loader;

    @Override
    public Integer call() {
        BulkLoader.Kind kind = kind(loader);
        List<Path> files = ExtractedCorpus.graphFiles(folder);
        if (store.server().isPresent()) {
            throw new NewsGraphException(store.store + " is being served: a load makes a new store, give another folder");
        }
        BulkLoader.Loaded loaded;
        try (GraphStore graphStore = GraphStore.open(store.store)) {
            loaded = BulkLoader.load(graphStore, files, kind, CorpusBuilder.derivedGraphs());
        }
        System.out.printf(Locale.ROOT, "loaded %d quads from %d files with the %s loader in %.2f s, derived graphs in %.2f s (%.0f quads/s)%n",
                loaded.quads(), files.size(), kind.label(), loaded.loadSeconds(), loaded.derivedSeconds(), loaded.quadsPerSecond());
        Path problems = folder.resolve(ExtractedCorpus.PROBLEMS);
        if (Files.isRegularFile(problems)) {
            long skipped = lines(problems);
            if (skipped > 0) {
                System.out.printf(Locale.ROOT, "the extraction skipped %d articles: see %s%n", skipped, problems);
            }
        }
        return 0;
    }

    static BulkLoader.Kind kind(String name) {
        for (BulkLoader.Kind kind : BulkLoader.Kind.values()) {
            if (kind.label().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--loader must be basic, phased or parallel, but was: " + name);
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
