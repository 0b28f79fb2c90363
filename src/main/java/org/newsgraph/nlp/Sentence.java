package org.newsgraph.nlp;

import org.newsgraph.ingest.Span;

/**
 * One sentence of an article: its position, its span in the article text, the text itself and a
 * plain copy of the same length in which typographic quotes, apostrophes and dashes are ASCII, so
 * that patterns can match either spelling and offsets stay the same.
 */
public record Sentence(int index, Span span, String text, String plain) {

    public Sentence {
        if (text.length() != span.length() || plain.length() != text.length()) {
            throw new IllegalArgumentException("sentence text must be as long as its span " + span);
        }
    }

    public static Sentence of(int index, Span span, String text) {
        return new Sentence(index, span, text, Text.plain(text));
    }

    /** The article span of the sentence-relative range {@code [begin, end)}. */
    public Span toArticle(int begin, int end) {
        return new Span(span.begin() + begin, span.begin() + end);
    }

    /** The sentence-relative range of an article span inside this sentence. */
    public Span toLocal(Span articleSpan) {
        return articleSpan.shift(-span.begin());
    }
}
