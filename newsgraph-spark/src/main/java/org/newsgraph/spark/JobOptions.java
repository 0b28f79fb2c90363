package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.newsgraph.assembly.CorpusBuilder;

/**
 * The build options in a form Spark can send to executors, with the pipeline they extract with.
 * Gazetteer files are read by every executor: on a cluster, ship them (spark-submit --files) or
 * put them on a shared file system.
 */
record JobOptions(List<String> gazetteers, double minConfidence, long maxBytes, long articleTimeoutMillis, PipelineFactory pipeline)
        implements Serializable {

    JobOptions {
        gazetteers = List.copyOf(gazetteers);
        Objects.requireNonNull(pipeline, "pipeline");
    }

    /** {@code options} with the pipeline a build uses. */
    static JobOptions of(CorpusBuilder.Options options) {
        return new JobOptions(options.gazetteers().stream().map(Path::toString).toList(), options.minConfidence(),
                options.maxBytes(), options.articleTimeout().toMillis(), new PipelineFactory.Standard());
    }

    /** These options with another pipeline. */
    JobOptions withPipeline(PipelineFactory other) {
        return new JobOptions(gazetteers, minConfidence, maxBytes, articleTimeoutMillis, other);
    }

    CorpusBuilder.Options options() {
        return new CorpusBuilder.Options(gazetteers.stream().map(Path::of).toList(), minConfidence, maxBytes,
                Duration.ofMillis(articleTimeoutMillis));
    }
}
