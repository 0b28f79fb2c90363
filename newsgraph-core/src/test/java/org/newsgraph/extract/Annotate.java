package org.newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.Analysis;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Layer;

/** Runs the annotation stages an extractor needs over a short text, for tests. */
final class Annotate {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    /** One analyzer for the test JVM: CoreNLP loads its models once. */
    private static final Analyzer ANALYZER = new Analyzer();

    private Annotate() {
    }

    static AnnotatedArticle text(String text) {
        return article(Article.of("t1", text));
    }

    /** {@code text} as an article published on {@code published}. */
    static AnnotatedArticle text(String text, LocalDate published) {
        Article plain = Article.of("t1", text);
        Article.Metadata metadata = new Article.Metadata(Optional.empty(), Optional.of(published), Optional.empty());
        return article(new Article(plain.id(), plain.text(), plain.body(), metadata));
    }

    static AnnotatedArticle article(Article article) {
        Analysis analysis = ANALYZER.analyze(article);
        return AnnotatedArticle.of(article)
                .with(Layer.ANALYSIS, analysis)
                .with(ParsedArticle.LAYER, new ParsedArticle(article, analysis, GAZETTEER));
    }

    static AnnotatedArticle file(Path file) {
        return article(new ArticleReader().read(file));
    }

    /** {@code text} as CoreNLP parses it, with its names resolved to entities. */
    static ParsedArticle parsed(String text) {
        return text(text).get(ParsedArticle.LAYER);
    }

    /** {@code text} as CoreNLP parses it, with its names resolved against {@code gazetteer}. */
    static ParsedArticle parsed(String text, Gazetteer gazetteer) {
        Article article = Article.of("t1", text);
        return new ParsedArticle(article, ANALYZER.analyze(article), gazetteer);
    }

    private static final Pipeline PIPELINE = Pipeline.standard(GAZETTEER);

    /** The facts the standard pipeline finds in {@code text}. */
    static ArticleFacts facts(String text) {
        return PIPELINE.apply(Article.of("test", text));
    }

    static <F extends Fact> List<F> facts(String text, Class<F> kind) {
        return facts(text).facts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
