package org.newsgraph.ingest;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.RecordSerialForm;

/**
 * One news article as read: its id (the file name without extension), its full text, the spans of
 * that text that carry content (boilerplate and repeated paragraphs left out), optional metadata and
 * the dateline that opens the story, if any. The dateline stays part of the text and of its content
 * line; later stages use its span to know that its place names no actor.
 * Offsets anywhere in the pipeline are UTF-16 offsets into {@link #text()}.
 */
public record Article(String id, String text, List<Span> body, Metadata metadata, Optional<Dateline> dateline) implements Serializable {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(dateline, "dateline");
        body = List.copyOf(body);
        for (Span span : body) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException("body span " + span + " lies past the end of article " + id);
            }
        }
        if (dateline.isPresent() && dateline.get().span().end() > text.length()) {
            throw new IllegalArgumentException("dateline " + dateline.get().span() + " lies past the end of article " + id);
        }
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }

    /** An article without a dateline. */
    public Article(String id, String text, List<Span> body, Metadata metadata) {
        this(id, text, body, metadata, Optional.empty());
    }

    /** An article whose whole text is content, with no metadata. */
    public static Article of(String id, String text) {
        return new Article(id, text, List.of(new Span(0, text.length())), Metadata.NONE);
    }

    /** Whether {@code span} overlaps the dateline, whose place and agency are no actors. */
    public boolean inDateline(Span span) {
        return dateline.isPresent() && dateline.get().span().overlaps(span);
    }

    /** Title, publication date and URL, each optional (front matter, meta tags or a dateline give them). */
    public record Metadata(Optional<String> title, Optional<LocalDate> published, Optional<String> url) implements Serializable {
        public static final Metadata NONE = new Metadata(Optional.empty(), Optional.empty(), Optional.empty());

        /** This metadata, each missing field taken from {@code fallback}. */
        public Metadata or(Metadata fallback) {
            return new Metadata(title.or(fallback::title), published.or(fallback::published), url.or(fallback::url));
        }

        /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
        @Serial
        private Object writeReplace() {
            return RecordSerialForm.of(this);
        }
    }
}
