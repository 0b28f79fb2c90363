package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.ingest.Article;

/**
 * An article with the annotation layers added so far. Immutable: {@link #with} returns a new one.
 */
public final class AnnotatedArticle {

    private final Article article;
    private final Map<Layer<?>, Object> layers;

    private AnnotatedArticle(Article article, Map<Layer<?>, Object> layers) {
        this.article = article;
        this.layers = layers;
    }

    public static AnnotatedArticle of(Article article) {
        return new AnnotatedArticle(Objects.requireNonNull(article, "article"), Map.of());
    }

    public Article article() {
        return article;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The annotation of {@code layer}; fails with the layer's name when no stage has added it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new IllegalStateException("article " + article.id() + " has no '" + layer + "' layer: add the stage that provides it earlier in the pipeline");
        }
        return (T) value;
    }

    public <T> AnnotatedArticle with(Layer<T> layer, T value) {
        Map<Layer<?>, Object> copy = new HashMap<>(layers);
        copy.put(layer, Objects.requireNonNull(value, layer.name()));
        return new AnnotatedArticle(article, Map.copyOf(copy));
    }
}
