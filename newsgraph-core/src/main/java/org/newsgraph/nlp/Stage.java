package org.newsgraph.nlp;

import java.util.Set;

/**
 * One step of the pipeline: a pure function of an annotated article that adds one layer. It
 * declares the layers it needs so that the pipeline can check the order when it is assembled.
 *
 * @param <T> the type of the layer it adds
 */
public interface Stage<T> {

    /** A short name for messages and evidence ("mentions", "roles"). */
    String name();

    Set<Layer<?>> requires();

    Layer<T> provides();

    /** Computes this stage's layer; must not change {@code article}. */
    T apply(AnnotatedArticle article);

    /** A stage from its parts, for the simple stages that wrap a function. */
    static <T> Stage<T> of(String name, Set<Layer<?>> requires, Layer<T> provides, java.util.function.Function<AnnotatedArticle, T> function) {
        return new Stage<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Layer<?>> requires() {
                return requires;
            }

            @Override
            public Layer<T> provides() {
                return provides;
            }

            @Override
            public T apply(AnnotatedArticle article) {
                return function.apply(article);
            }
        };
    }
}
