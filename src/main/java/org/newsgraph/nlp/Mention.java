package org.newsgraph.nlp;

import org.newsgraph.ingest.Span;

/**
 * A stretch of an article that names an entity. {@code demonym} marks adjectives of nationality
 * ("Dutch") that stand for their country; {@code rule} names the cue that found it.
 */
public record Mention(Span span, int sentence, String surface, Entity entity, boolean demonym, String rule) {

    public EntityKind kind() {
        return entity.kind();
    }
}
