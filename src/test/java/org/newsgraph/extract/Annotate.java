package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Gazetteer;

/** Runs the standard pipeline over invented text, for extractor tests. */
final class Annotate {

    private static final Pipeline PIPELINE = Pipeline.standard(Gazetteer.bundled());

    private Annotate() {
    }

    static ArticleFacts facts(String text) {
        return PIPELINE.apply(Article.of("test", text));
    }

    static <F extends Fact> List<F> facts(String text, Class<F> kind) {
        return facts(text).facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
