package org.newsgraph.spark;

import org.newsgraph.ingest.Article;

/** One article as the job reads it: a file's content, or one line of a JSON Lines dump. */
sealed interface ArticleInput extends java.io.Serializable permits ArticleInput.File, ArticleInput.JsonRecord {

    /** Where the article comes from, as problems name it: a file's URI, or a dump's URI and line number. */
    String source();

    /** The article, or an exception whose message says why it cannot be read. */
    Article read(JobOptions options);

    /** An article file read through Hadoop's file systems. */
    record File(String source, byte[] content) implements ArticleInput {
        @Override
        public Article read(JobOptions options) {
            return ExecutorState.reader(options).read(source.substring(source.lastIndexOf('/') + 1), content);
        }
    }

    /** One line of a JSON Lines dump. */
    record JsonRecord(String source, String line) implements ArticleInput {
        @Override
        public Article read(JobOptions options) {
            return ExecutorState.jsonReader(options).read(line);
        }
    }
}
