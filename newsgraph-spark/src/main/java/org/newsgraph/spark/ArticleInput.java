package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.JsonLinesReader;

/** One article as the job reads it: a file's content, or one line of a JSON Lines dump. */
sealed interface ArticleInput extends Serializable permits ArticleInput.File, ArticleInput.JsonRecord {

    /** Where the article comes from, as problems name it: a file's URI, or a dump's URI and line number. */
    String source();

    /** Where the input stands in the order a local extraction reads it. */
    Place place();

    /** The article id the input gives before it is read, if any: a file's name, a record's {@code id}. */
    Optional<String> id();

    /** The article, or an exception whose message says why it cannot be read. */
    Article read(JobOptions options);

    /**
     * The order of inputs: by the input path they come from ({@code path}, its index among those
     * given), then by file URI within a folder, or by line number within a dump.
     */
    record Place(int path, String file, long line) implements Serializable, Comparable<Place> {
        private static final Comparator<Place> ORDER = Comparator.comparingInt(Place::path).thenComparing(Place::file)
                .thenComparingLong(Place::line);

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    /** An article file read through Hadoop's file systems, under the {@code path}th input path. */
    record File(int path, String source, byte[] content) implements ArticleInput {
        @Override
        public Place place() {
            return new Place(path, source, 0);
        }

        @Override
        public Optional<String> id() {
            return Optional.of(ArticleReader.idOf(name()));
        }

        @Override
        public Article read(JobOptions options) {
            return ExecutorState.reader(options).read(name(), content);
        }

        private String name() {
            return source.substring(source.lastIndexOf('/') + 1);
        }
    }

    /** Line {@code number} (from 1) of a JSON Lines dump, the {@code path}th input path. */
    record JsonRecord(int path, String dump, long number, String line) implements ArticleInput {
        @Override
        public String source() {
            return dump + ":" + number;
        }

        @Override
        public Place place() {
            return new Place(path, "", number);
        }

        @Override
        public Optional<String> id() {
            return JsonLinesReader.idOf(line);
        }

        @Override
        public Article read(JobOptions options) {
            return ExecutorState.jsonReader(options).read(line);
        }
    }
}
