package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.assembly.ExtractedCorpus;
import org.newsgraph.assembly.ExtractionEngine;
import org.newsgraph.assembly.ExtractionRequest;
import org.newsgraph.assembly.ExtractionSummary;
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
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.SCHEMA;

/**
 * The Spark engine in local[2] inside the test JVM (whose executor threads share one CoreNLP
 * pipeline with the direct build): the bundled corpus plus a broken article, extracted on Spark,
 * loaded, and compared with a build of the same folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkExtractionTest {

    private static final String BROKEN = "broken.txt";

    private Path dir;
    private Path corpus;
    private ExtractionSummary summary;

    @BeforeAll
    void extractOnSpark(@TempDir Path folder) throws IOException {
        dir = folder;
        System.setProperty("spark.ui.enabled", "false");
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName()));
            }
        }
        Files.write(corpus.resolve(BROKEN), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 7});
        summary = extract(List.of(corpus.toString()), dir.resolve("extracted"));
    }

    @Test
    void writesEveryGoodArticleAndReportsTheBrokenOne() throws IOException {
        assertThat(summary.articles()).isEqualTo(5);
        assertThat(summary.skipped()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).endsWith(BROKEN);
            assertThat(problem.reason()).contains("binary file");
        });
        assertThat(Files.readString(dir.resolve("extracted").resolve(ExtractedCorpus.PROBLEMS))).contains(BROKEN).contains("binary file");
    }

    @Test
    void extractedFilesParseAsOneNamedGraphPerArticle() {
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        List<Path> files = ExtractedCorpus.graphFiles(dir.resolve("extracted"));
        assertThat(files).isNotEmpty();
        files.forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsed));
        List<Node> graphs = Txn.calculateRead(parsed, () -> org.apache.jena.atlas.iterator.Iter.toList(parsed.listGraphNodes()));
        List<Node> articles = graphs.stream().filter(name -> !LinkIndexMapper.isIndex(name)).toList();
        assertThat(articles).hasSize(5).allSatisfy(name -> assertThat(name.getURI()).startsWith(Iris.GRAPH));
        assertThat(graphs).contains(LinkIndexMapper.GRAPH, LinkInputs.GRAPH);
        assertThat(Txn.calculateRead(parsed, () -> articles.stream().mapToLong(g -> parsed.getGraph(g).size()).sum())).isEqualTo(summary.quads());
    }

    @Test
    void loadedExtractionEqualsABuild() {
        try (GraphStore loaded = GraphStore.open(dir.resolve("loaded"));
             GraphStore built = GraphStore.open(dir.resolve("built"))) {
            BulkLoader.load(loaded, ExtractedCorpus.graphFiles(dir.resolve("extracted")), BulkLoader.Kind.FASTEST, CorpusBuilder.derivedGraphs());
            BuildSummary build = new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(corpus), built, f -> { });

            assertThat(build.skipped()).extracting(Problem::source).singleElement().asString().endsWith(BROKEN);
            assertThat(loaded.graphNames()).isEqualTo(built.graphNames());
            boolean same = Txn.calculateRead(loaded.dataset(), () -> Txn.calculateRead(built.dataset(),
                    () -> IsoMatcher.isomorphic(loaded.dataset(), built.dataset())));
            assertThat(same).as("the loaded store and the built store hold isomorphic datasets").isTrue();
        }
    }

    @Test
    void readsAJsonLinesDumpAndReportsItsBadLines() throws IOException {
        Path dump = dir.resolve("dump.jsonl");
        Files.writeString(dump, String.join("\n",
                "{\"id\": \"kern\", \"title\": \"Kern takes over\", \"date\": \"2031-05-04\", \"url\": \"https://news.example/kern\","
                        + " \"text\": \"Ada Kern became Prime Minister of Valdoria on Monday. She succeeded Otto Brun.\"}",
                "{\"id\": \"budget\", \"text\": \"Valdoria pledged to spend 2.5 percent of GDP on defence by 2030.\"}",
                "not json at all",
                "{\"id\": \"empty\"}",
                ""), StandardCharsets.UTF_8);

        ExtractionSummary read = extract(List.of(dump.toString()), dir.resolve("from-dump"));

        assertThat(read.articles()).isEqualTo(2);
        assertThat(read.skipped()).extracting(Problem::source).containsExactly(dump + ":3", dump + ":4");
        assertThat(read.skipped()).extracting(Problem::reason).anySatisfy(r -> assertThat(r).contains("not valid JSON"))
                .anySatisfy(r -> assertThat(r).contains("has no \"text\""));
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        ExtractedCorpus.graphFiles(dir.resolve("from-dump")).forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsed));
        Node kern = Iris.graph("kern");
        assertThat(Txn.calculateRead(parsed, () -> parsed.stream(kern, Node.ANY, SCHEMA.headline.asNode(), Node.ANY).findFirst()))
                .hasValueSatisfying(q -> assertThat(q.getObject().getLiteralLexicalForm()).isEqualTo("Kern takes over"));
        assertThat(Txn.calculateRead(parsed, () -> parsed.containsGraph(Iris.graph("budget")))).isTrue();
    }

    @Test
    void keepsTheFirstInputOfAnArticleIdAndReportsTheOthersAsTheLocalEngineDoes() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("twice"));
        Files.writeString(folder.resolve("kern.txt"), "---\ntitle: From the folder\n---\nAda Kern became Prime Minister of Valdoria on Monday.\n");
        Path dump = dir.resolve("twice.jsonl");
        Files.writeString(dump, String.join("\n",
                "{\"id\": \"kern\", \"title\": \"From the dump\", \"text\": \"Ada Kern became Prime Minister of Valdoria.\"}",
                "{\"id\": \"twin\", \"title\": \"First twin\", \"text\": \"Otto Brun is the mayor of Lindau.\"}",
                "{\"id\": \"twin\", \"title\": \"Second twin\", \"text\": \"Otto Brun is the mayor of Lindau.\"}"), StandardCharsets.UTF_8);
        Path output = dir.resolve("from-twice");

        ExtractionSummary read = extract(List.of(folder.toString(), dump.toString()), output);

        assertThat(read.articles()).isEqualTo(2);
        assertThat(read.skipped()).extracting(Problem::toString).satisfiesExactly(
                first -> assertThat(first).startsWith(dump + ":1: duplicate article id 'kern' (already read from ")
                        .endsWith("/twice/kern.txt): rename one of them"),
                second -> assertThat(second).isEqualTo(dump + ":3: duplicate article id 'twin' (already read from " + dump + ":2): rename one of them"));
        assertThat(Files.readAllLines(output.resolve(ExtractedCorpus.PROBLEMS))).hasSize(2);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        ExtractedCorpus.graphFiles(output).forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsed));
        assertThat(headlines(parsed)).containsExactlyInAnyOrder("From the folder", "First twin");

        Path locally = dir.resolve("from-twice-locally");
        ExtractionSummary local = ExtractionEngine.named("local").extract(new ExtractionRequest(List.of(folder.toString(), dump.toString()),
                locally.toString(), CorpusBuilder.Options.defaults(), Optional.empty()));
        // The spark engine names files by URI.
        assertThat(read.skipped()).extracting(problem -> problem.toString().replace("file:", ""))
                .containsExactlyElementsOf(local.skipped().stream().map(Problem::toString).toList());
        DatasetGraph parsedLocally = DatasetGraphFactory.createTxnMem();
        ExtractedCorpus.graphFiles(locally).forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsedLocally));
        assertThat(Txn.calculateRead(parsed, () -> Txn.calculateRead(parsedLocally, () -> IsoMatcher.isomorphic(parsed, parsedLocally))))
                .as("both engines give the same graphs").isTrue();
    }

    private static List<String> headlines(DatasetGraph parsed) {
        return Txn.calculateRead(parsed, () -> parsed.stream(Node.ANY, Node.ANY, SCHEMA.headline.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }

    @Test
    void anArticlePastItsBudgetIsStoppedAndTheOthersAreExtracted() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("budget"));
        Files.writeString(articles.resolve("a.txt"), "Danish Prime Minister Anna Holm opened the session on Monday.\n");
        Files.writeString(articles.resolve("b.txt"), "Former Italian President Gino Rossi wrote a book about his years.\n");
        Files.writeString(articles.resolve("slow.txt"), "Spanish Defence Minister Rosa Vidal visited the troops. " + STALL_MARKER + "\n");
        CorpusBuilder.Options options = CorpusBuilder.Options.defaults().withArticleTimeout(Duration.ofSeconds(5));
        Path output = dir.resolve("from-budget");

        long started = System.nanoTime();
        ExtractionSummary stalled = SparkEngine.extract(new ExtractionRequest(List.of(articles.toString()), output.toString(), options,
                Optional.of("local[2]")), JobOptions.of(options).withPipeline(new StallingPipeline()));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(3));
        assertThat(stalled.articles()).isEqualTo(2);
        assertThat(stalled.skipped()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).endsWith("/slow.txt");
            assertThat(problem.reason()).isEqualTo("extraction took longer than 5 s and was stopped (give it longer with --article-timeout SECONDS)");
        });
        assertThat(STALL_INTERRUPTED.await(10, TimeUnit.SECONDS)).as("the slow article's work was interrupted").isTrue();
        assertThat(Files.readString(output.resolve(ExtractedCorpus.PROBLEMS))).contains("slow.txt\textraction took longer than 5 s");
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        ExtractedCorpus.graphFiles(output).forEach(file -> RDFParser.source(file).lang(Lang.NQUADS).parse(parsed));
        assertThat(Txn.calculateRead(parsed, () -> Iter.toList(parsed.listGraphNodes()))).filteredOn(g -> !LinkIndexMapper.isIndex(g))
                .containsExactlyInAnyOrder(Iris.graph("a"), Iris.graph("b"));
    }

    private static final String STALL_MARKER = "STALL";
    private static final CountDownLatch STALL_INTERRUPTED = new CountDownLatch(1);

    /** The analysis and the role extractor, then a stage that waits on an article holding the marker until interrupted. */
    record StallingPipeline() implements PipelineFactory {
        @Override
        public Pipeline create(CorpusBuilder.Options options) {
            Analyzer analyzer = new Analyzer();
            return Pipeline.builder()
                    .stage(Stage.of("analysis", Set.of(), Layer.ANALYSIS, a -> analyzer.analyze(a.article())))
                    .stage(ParsedArticle.stage(Gazetteer.bundled()))
                    .extractor(new RoleExtractor())
                    .stage(Stage.of("stall", Set.of(Layer.ANALYSIS), Layer.list("stall"), (AnnotatedArticle article) -> {
                        if (article.article().text().contains(STALL_MARKER)) {
                            try {
                                Thread.sleep(Duration.ofMinutes(5).toMillis());
                            } catch (InterruptedException e) {
                                STALL_INTERRUPTED.countDown();
                                throw new IllegalStateException("interrupted", e);
                            }
                        }
                        return List.of();
                    }))
                    .build();
        }
    }

    private static ExtractionSummary extract(List<String> inputs, Path output) {
        return ExtractionEngine.named(SparkEngine.NAME)
                .extract(new ExtractionRequest(inputs, output.toString(), CorpusBuilder.Options.defaults(), Optional.of("local[2]")));
    }
}
