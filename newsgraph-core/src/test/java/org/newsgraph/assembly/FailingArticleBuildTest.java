package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ParsedArticle;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.RoleExtractor;
import org.newsgraph.ingest.Problem;
import org.newsgraph.nlp.Analyzer;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Stage;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/** An article whose extraction throws or runs too long is one problem line; the rest is built and nothing stored is lost. */
class FailingArticleBuildTest {

    private static final String MARKER = "SABOTAGE";

    @TempDir
    Path dir;

    @Test
    void anExtractorThatThrowsSkipsOnlyItsArticle() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Danish Prime Minister Anna Holm opened the session on Monday.\n");
        Files.writeString(articles.resolve("b.txt"), "Former Italian President Gino Rossi wrote a book about his years.\n");
        Path bad = articles.resolve("c.txt");
        Files.writeString(bad, "Spanish Defence Minister Rosa Vidal visited the troops.\n");
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults(), pipelineWith(sabotage()));

        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder.build(List.of(articles), store, f -> { });
            long cBefore = size(store, "c");
            Files.writeString(bad, "Spanish Defence Minister Rosa Vidal visited the troops. " + MARKER + "\n");

            BuildSummary summary = builder.build(List.of(articles), store, f -> { });

            assertThat(summary.articlesRead()).isEqualTo(2);
            assertThat(summary.skipped()).singleElement().satisfies(problem -> {
                assertThat(problem.source()).isEqualTo(bad.toString());
                assertThat(problem.reason()).isEqualTo("extraction failed in stage 'sabotage': IllegalStateException: marker in the text");
            });
            assertThat(summary.render()).containsOnlyOnce("c.txt");
            assertThat(summary.hasErrors()).isTrue();
            assertThat(store.graphNames()).contains(Iris.graph("a"), Iris.graph("b"), Iris.graph("c"));
            assertThat(size(store, "c")).as("triples of the failed article's earlier graph").isPositive().isEqualTo(cBefore);
        }
    }

    @Test
    void anArticlePastItsBudgetIsStoppedAndSkipped() throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Danish Prime Minister Anna Holm opened the session on Monday.\n");
        Path slow = articles.resolve("slow.txt");
        Files.writeString(slow, "Former Italian President Gino Rossi wrote a book. " + MARKER + "\n");
        CountDownLatch interrupted = new CountDownLatch(1);
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults().withArticleTimeout(Duration.ofSeconds(2)),
                pipelineWith(stall(interrupted)));

        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            long started = System.nanoTime();
            BuildSummary summary = builder.build(List.of(articles), store, f -> { });

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            assertThat(summary.articlesRead()).isEqualTo(1);
            assertThat(summary.skipped()).extracting(Problem::toString).containsExactly(
                    slow + ": extraction took longer than 2 s and was stopped (give it longer with --article-timeout SECONDS)");
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the slow article's thread was interrupted").isTrue();
            assertThat(store.graphNames()).contains(Iris.graph("a")).doesNotContain(Iris.graph("slow"));
        }
    }

    private static long size(GraphStore store, String articleId) {
        return Txn.calculateRead(store.dataset(), () -> (long) store.dataset().getGraph(Iris.graph(articleId)).size());
    }

    /** Throws on an article that holds the marker. */
    private static Stage<List<String>> sabotage() {
        return Stage.of("sabotage", Set.of(Layer.ANALYSIS), Layer.list("sabotage"), article -> {
            if (article.article().text().contains(MARKER)) {
                throw new IllegalStateException("marker in the text");
            }
            return List.of();
        });
    }

    /** Waits on an article that holds the marker until interrupted, then throws as CoreNLP's annotators do. */
    private static Stage<List<String>> stall(CountDownLatch interrupted) {
        return Stage.of("stall", Set.of(Layer.ANALYSIS), Layer.list("stall"), (AnnotatedArticle article) -> {
            if (article.article().text().contains(MARKER)) {
                try {
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return List.of();
        });
    }

    /** The analysis, the role extractor, then {@code extra}. */
    private static Pipeline pipelineWith(Stage<?> extra) {
        Analyzer analyzer = new Analyzer();
        return Pipeline.builder()
                .stage(Stage.of("analysis", Set.of(), Layer.ANALYSIS, a -> analyzer.analyze(a.article())))
                .stage(ParsedArticle.stage(Gazetteer.bundled()))
                .extractor(new RoleExtractor())
                .stage(extra)
                .build();
    }
}
