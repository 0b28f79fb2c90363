package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read: its id (the file name without extension), its full text, the spans of
 * that text that carry content (boilerplate and repeated paragraphs left out), and optional metadata.
 * Offsets anywhere in the pipeline are UTF-16 offsets into {@link #text()}.
 */
public record Article(String id, String text, List<Span> body, Metadata metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        body = List.copyOf(body);
        for (Span span : body) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("body span " + span + " lies past the end of article " + id);
            }
        }
    }

    /** An article whose whole text is content, with no metadata. */
    public static Article of(String id, String text) {
        return new Article(id, text, List.of(new Span(0, text.length())), Metadata.NONE);
    }

    /** Title, publication date and URL, each optional (front matter or a sidecar file gives them). */
    public record Metadata(Optional<String> title, Optional<LocalDate> published, Optional<String> url) {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
