package org.newsgraph.extract;

import java.io.Serializable;
import java.util.Objects;
import org.newsgraph.ingest.Span;

/**
 * Where a fact was read: the article, the sentence (span and text), the span of the words that
 * state it, the extraction rule and how far that rule is to be trusted.
 */
public record Evidence(String articleId, Span sentence, String sentenceText, Span span, String extractor, double confidence) implements Serializable {

    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sentenceText, "sentenceText");
        Objects.requireNonNull(extractor, "extractor");
        if (!sentence.contains(span)) {
            throw new IllegalArgumentException("evidence span " + span + " must lie inside its sentence " + sentence);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], but was: " + confidence);
        }
    }
}
