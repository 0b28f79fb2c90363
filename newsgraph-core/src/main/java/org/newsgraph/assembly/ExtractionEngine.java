package org.newsgraph.assembly;

import java.util.ServiceLoader;
import org.newsgraph.NewsGraphException;

/**
 * Runs an extraction: the per-article work of a build (read, analyse, extract, link, map to RDF)
 * writing each article's named graph to files (see {@link ExtractedCorpus}) for a bulk load
 * instead of into a store. The {@code local} engine runs in this process; other engines (such as
 * {@code spark}, in the newsgraph-spark module) are found on the class path through
 * {@link ServiceLoader}, so the core depends on none of them.
 */
public interface ExtractionEngine {

    /** The name that chooses the engine on the command line ({@code --engine NAME}). */
    String name();

    /** Extracts the request's inputs into its output folder and says what it did. */
    ExtractionSummary extract(ExtractionRequest request);

    /** The engine called {@code name}: the local one, or one found on the class path. */
    static ExtractionEngine named(String name) {
        if (LocalExtraction.NAME.equals(name)) {
            return new LocalExtraction();
        }
        for (ExtractionEngine engine : ServiceLoader.load(ExtractionEngine.class)) {
            if (engine.name().equals(name)) {
                return engine;
            }
        }
        throw new NewsGraphException("no extraction engine '" + name + "' on the class path (the spark engine is in newsgraph-spark:"
                + " run it through the newsgraph launcher, which adds it, or with spark-submit)");
    }
}
