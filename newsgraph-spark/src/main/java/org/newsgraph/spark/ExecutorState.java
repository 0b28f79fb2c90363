package org.newsgraph.spark;

import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.JsonLinesReader;
import org.newsgraph.link.EntityLinker;

/**
 * What an executor JVM keeps for its lifetime: one {@link CorpusBuilder}, and so one CoreNLP
 * pipeline, made on first use by whichever task comes first and shared by every later task and
 * record. Loading the models takes 15-60 s and a few GB, which no task or record could pay: that
 * is why this one piece of state is static, against the rule. Thread-safe.
 */
final class ExecutorState {

    private static CorpusBuilder builder;
    private static JobOptions builtFor;
    private static EntityLinker linker;
    private static JobOptions linkerFor;

    private ExecutorState() {
    }

    /** The builder for {@code options}, made on first use (again only if a job with other options comes). */
    static synchronized CorpusBuilder builder(JobOptions options) {
        if (builder == null || !options.equals(builtFor)) {
            builder = new CorpusBuilder(options.options(), options.pipeline().create(options.options()));
            builtFor = options;
        }
        return builder;
    }

    /** The linker for {@code options} (its gazetteers), made on first use. */
    static synchronized EntityLinker linker(JobOptions options) {
        if (linker == null || !options.equals(linkerFor)) {
            linker = Linking.linker(options);
            linkerFor = options;
        }
        return linker;
    }

    /** A reader of article files; cheap, so made per use. */
    static ArticleReader reader(JobOptions options) {
        return new ArticleReader(options.maxBytes());
    }

    /** A reader of JSON Lines records. */
    static JsonLinesReader jsonReader(JobOptions options) {
        return new JsonLinesReader(reader(options));
    }
}
