package org.newsgraph.spark;

import java.io.Serializable;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.extract.Confidences;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.nlp.Gazetteer;

/**
 * How an executor makes the extraction pipeline for the build options: sent to executors with the
 * {@link JobOptions}, so it is serialisable, and equal to its copies (a record), so that an
 * executor makes its pipeline once.
 */
interface PipelineFactory extends Serializable {

    Pipeline create(CorpusBuilder.Options options);

    /** The pipeline a build uses. */
    record Standard() implements PipelineFactory {
        @Override
        public Pipeline create(CorpusBuilder.Options options) {
            return Pipeline.standard(Gazetteer.bundledWith(options.gazetteers()), Confidences.bundled());
        }
    }
}
