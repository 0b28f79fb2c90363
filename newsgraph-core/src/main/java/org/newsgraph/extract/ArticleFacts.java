package org.newsgraph.extract;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Entity;

/**
 * What one article yields: the article, the distinct entities it mentions and the facts it states.
 */
public record ArticleFacts(Article article, List<Entity> entities, List<Fact> facts) implements Serializable {

    public ArticleFacts {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public long count(Class<? extends Fact> kind) {
        return facts.stream().filter(kind::isInstance).count();
    }
}
