package org.newsgraph.nlp;

import java.util.List;

/**
 * A typed kind of annotation that a stage adds to an article ("sentences", "mentions"); stages
 * declare the layers they need and the one they add.
 *
 * @param <T> the type of the annotation
 */
public record Layer<T>(String name) {

    /** Stanford CoreNLP's analysis: tokens, tags, named entities, dates and dependency parses. */
    public static final Layer<Analysis> ANALYSIS = new Layer<>("analysis");

    /** A layer holding a list. */
    public static <E> Layer<List<E>> list(String name) {
        return new Layer<>(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
