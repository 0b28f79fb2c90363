package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Optional;

/** Where one article is read from on this machine: a file, or one line of a JSON Lines dump. */
public sealed interface ArticleSource permits ArticleSource.File, ArticleSource.DumpLine {

    /** Where the article comes from, as problems name it: the file, or the dump and the line number. */
    String source();

    /** The article id, known before the article is read: the file's name, the record's {@code id} (none if it has none). */
    Optional<String> id();

    /** The article, or an exception whose message says why it cannot be read. */
    Article read(ArticleReader reader);

    /** An article file. */
    record File(Path path) implements ArticleSource {
        @Override
        public String source() {
            return path.toString();
        }

        @Override
        public Optional<String> id() {
            return Optional.of(ArticleReader.idOf(path));
        }

        @Override
        public Article read(ArticleReader reader) {
            return reader.read(path);
        }
    }

    /**
     * Line {@code number} (from 1) of the JSON Lines file {@code dump}, which starts {@code offset}
     * bytes into it: the line is read again from there, so that a dump is never held in memory.
     */
    record DumpLine(Path dump, long number, long offset, Optional<String> id) implements ArticleSource {
        @Override
        public String source() {
            return dump + ":" + number;
        }

        @Override
        public Article read(ArticleReader reader) {
            return new JsonLinesReader(reader).read(JsonLinesFile.lineAt(dump, offset));
        }
    }
}
