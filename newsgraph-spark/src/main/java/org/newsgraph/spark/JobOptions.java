package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsgraph.assembly.CorpusBuilder;

/**
 * The build options in a form Spark can send to executors. Gazetteer files are read by every
 * executor: on a cluster, ship them (spark-submit --files) or put them on a shared file system.
 */
record JobOptions(List<String> gazetteers, double minConfidence, long maxBytes, long articleTimeoutMillis) implements Serializable {

    JobOptions {
        gazetteers = List.copyOf(gazetteers);
    }

    static JobOptions of(CorpusBuilder.Options options) {
        return new JobOptions(options.gazetteers().stream().map(Path::toString).toList(), options.minConfidence(),
                options.maxBytes(), options.articleTimeout().toMillis());
    }

    CorpusBuilder.Options options() {
        return new CorpusBuilder.Options(gazetteers.stream().map(Path::of).toList(), minConfidence, maxBytes,
                Duration.ofMillis(articleTimeoutMillis));
    }
}
