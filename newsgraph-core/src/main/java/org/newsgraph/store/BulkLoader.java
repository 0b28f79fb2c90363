package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Loads N-Quads files into a new, empty store with one of Jena's TDB2 bulk loaders, then computes
 * the derived graphs once. Faster than a build's transaction by far: the loaders write the indexes
 * directly, without the per-quad work of a transaction.
 */
public final class BulkLoader {

    /** Jena's TDB2 loaders (see {@code tdb2.tdbloader --loader}). */
    public enum Kind {
        /** One thread, indexes written as the quads come. */
        BASIC,
        /** Node table first, then the primary index, then the secondary indexes in parallel. */
        PHASED,
        /** Every index on its own thread: the most threads and memory. */
        PARALLEL;

        /**
         * The loader for 2 cores: phased and parallel measured the same there (see the README's
         * figures), and phased does it with fewer threads and less memory.
         */
        public static final Kind FASTEST = PHASED;

        /** The name on the command line. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final MonitorOutput QUIET = (format, args) -> { };

    private BulkLoader() {
    }

    /** What a load did: the quads loaded, the seconds of the bulk load and of the derived graphs. */
    public record Loaded(long quads, double loadSeconds, double derivedSeconds) {

        /** Quads per second of the whole load. */
        public double quadsPerSecond() {
            return quads / (loadSeconds + derivedSeconds);
        }
    }

    /**
     * Loads {@code files} (N-Quads) into {@code store}, which must hold no graph yet, then rewrites
     * each of {@code derived} from the loaded graphs in one transaction.
     */
    public static Loaded load(GraphStore store, List<Path> files, Kind kind, List<GraphStore.DerivedGraph> derived) {
        long started = System.nanoTime();
        if (store.graphCount() > 0) {
            throw new StoreException("store " + store.folder() + " already holds graphs: a load makes a new store, give it an empty folder");
        }
        DatasetGraph dataset = store.dataset();
        DataLoader loader = switch (kind) {
            case BASIC -> LoaderFactory.basicLoader(dataset, QUIET);
            case PHASED -> LoaderFactory.phasedLoader(dataset, QUIET);
            case PARALLEL -> LoaderFactory.parallelLoader(dataset, QUIET);
        };
        loader.startBulk();
        try {
            for (Path file : files) {
                RDFParser.source(file).lang(Lang.NQUADS).parse(loader.stream());
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("store " + store.folder() + ": loading failed (" + e.getMessage() + "); delete the folder and load again", e);
        }
        long loaded = System.nanoTime();
        store.replace(java.util.stream.Stream.empty(), derived);
        return new Loaded(loader.countQuads(), (loaded - started) / 1e9, (System.nanoTime() - loaded) / 1e9);
    }
}
