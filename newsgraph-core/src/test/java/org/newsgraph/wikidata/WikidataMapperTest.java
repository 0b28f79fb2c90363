package org.newsgraph.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.cli.NewsGraph;
import org.newsgraph.export.Rdf4jValues;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;
import org.newsgraph.testing.Samples;
import org.newsgraph.wikidata.WikidataFacts.PositionStatement;
import org.newsgraph.wikidata.WikidataFacts.Reason;
import picocli.CommandLine;

/**
 * Builds invented articles into a real TDB2 store, with people linked to clearly fake Wikidata
 * ids by a test-only gazetteer, and reads the Wikidata-shaped graph and QuickStatements back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WikidataMapperTest {

    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX ngs: <https://w3id.org/newsgraph/id/wikidata/statement/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX pqv: <http://www.wikidata.org/prop/qualifier/value/>
            PREFIX pr: <http://www.wikidata.org/prop/reference/>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String HANDOVER = "Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.";
    private static final String URL = "https://example.org/news/alliance-handover";

    private Path dir;
    private Path articles;
    private Path gazetteer;
    private GraphStore store;
    private CorpusBuilder builder;
    private QueryRunner runner;

    @BeforeAll
    void build(@TempDir Path tmp) throws Exception {
        dir = tmp;
        articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("handover.txt"), """
                ---
                title: Alliance names new chief
                date: 2031-09-30
                url: %s
                ---
                %s

                Olaf Brun became Secretary General of NATO in March 2027.

                Norway backed Ada Kern.

                Norway pledged to spend 3%% of GDP on defence by 2030.

                Former Danish Trade Envoy Anna Holm attended the ceremony.
                """.formatted(URL, HANDOVER));
        Files.writeString(articles.resolve("briefing.txt"), """
                Former Danish Trade Envoy Mira Solberg met Ada Kern in Brussels on Monday.

                Norwegian Prime Minister Mira Solberg opened the debate.
                """);
        gazetteer = Path.of(System.getProperty("basedir", "."), "src/test/resources/org/newsgraph/wikidata/test-gazetteer.tsv");
        builder = new CorpusBuilder(new CorpusBuilder.Options(List.of(gazetteer), 0, ArticleReader.DEFAULT_MAX_BYTES));
        store = GraphStore.open(dir.resolve("store"));
        builder.build(List.of(articles), store, f -> { });
        runner = new QueryRunner(store.dataset());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private boolean ask(String pattern) {
        return runner.ask(PREFIXES + "ASK { GRAPH <https://w3id.org/newsgraph/graph/wikidata> { " + pattern + " } }");
    }

    @Test
    void truthyTripleAndStatementWithQualifiersAndReference() {
        assertThat(ask("wd:Q999000001 wdt:P39 wd:Q167662")).isTrue();
        assertThat(ask("""
                wd:Q999000001 p:P39 ?s .
                ?s a wikibase:Statement ; ps:P39 wd:Q167662 ; wikibase:rank wikibase:NormalRank ;
                   pq:P580 "2031-10-01T00:00:00Z"^^xsd:dateTime ;
                   pqv:P580 [ a wikibase:TimeValue ; wikibase:timeValue "2031-10-01T00:00:00Z"^^xsd:dateTime ;
                              wikibase:timePrecision 11 ; wikibase:timeCalendarModel wd:Q1985727 ] ;
                   pq:P1365 wd:Q999000002 ;
                   prov:wasDerivedFrom ?r .
                ?r a wikibase:Reference ; pr:P854 <%s> ; pr:P577 "2031-09-30T00:00:00Z"^^xsd:dateTime ;
                   pr:P1476 "Alliance names new chief"@en ; pr:P1683 "%s"@en .
                FILTER(STRSTARTS(STR(?s), STR(ngs:Q999000001-newsgraph-)))
                """.formatted(URL, HANDOVER))).isTrue();
    }

    @Test
    void successionGivesReplacedByOnThePredecessorsStatementWithMonthPrecisionStart() {
        assertThat(ask("""
                wd:Q999000002 wdt:P39 wd:Q167662 ; p:P39 ?s .
                ?s ps:P39 wd:Q167662 ; pq:P1366 wd:Q999000001 ;
                   pq:P580 "2027-03-01T00:00:00Z"^^xsd:dateTime ; pqv:P580/wikibase:timePrecision 10 ;
                   pq:P582 "2031-10-01T00:00:00Z"^^xsd:dateTime ; pqv:P582/wikibase:timePrecision 11 .
                """)).isTrue();
        assertThat(ask("?s pq:P1365 wd:Q999000001")).isFalse();
    }

    @Test
    void unlinkedAndUnsupportedFactsStayOut() {
        assertThat(ask("wd:Q999000003 wdt:P39 ?position FILTER(?position != wd:Q2334076)")).isFalse();
        assertThat(ask("wd:Q999000003 wdt:P39 wd:Q2334076")).isTrue();
        assertThat(ask("wd:Q20 ?p ?o")).isFalse(); // Norway's endorsement and spending target
        assertThat(runner.ask("ASK { GRAPH <https://w3id.org/newsgraph/graph/wikidata> { ?s ?p ?o FILTER(CONTAINS(STR(?s), 'anna-holm') || CONTAINS(STR(?o), 'anna-holm')) } }")).isFalse();
    }

    @Test
    void theNamedGraphIsInTheStoreAndAnswersTheCannedQuery() {
        assertThat(store.graphNames()).contains(WikidataMapper.GRAPH);
        ResultSetRewindable results = runner.select(QueryRunner.canned("wikidata-positions"));
        assertThat(results.getResultVars()).containsExactly("person", "personLabel", "position", "positionLabel", "start",
                "startPrecision", "end", "endPrecision", "replaces", "replacedBy", "references", "statement");
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        assertThat(rows).hasSize(3);
        QuerySolution kern = rows.stream().filter(r -> r.getLiteral("personLabel").getString().equals("Ada Kern")).findFirst().orElseThrow();
        assertThat(kern.getResource("position").getURI()).isEqualTo("http://www.wikidata.org/entity/Q167662");
        assertThat(kern.getLiteral("positionLabel").getString()).isEqualTo("Secretary General of NATO");
        assertThat(kern.getLiteral("start").getLexicalForm()).isEqualTo("2031-10-01T00:00:00Z");
        assertThat(kern.getLiteral("startPrecision").getInt()).isEqualTo(11);
        assertThat(kern.getLiteral("replaces").getString()).isEqualTo("http://www.wikidata.org/entity/Q999000002");
        assertThat(kern.getLiteral("references").getString()).isEqualTo(URL);
    }

    @Test
    void rebuildingOneArticleKeepsTheStatementsOfTheOthers() throws Exception {
        Graph before = storedGraph();
        Path only = Files.createDirectories(dir.resolve("only"));
        Files.copy(articles.resolve("briefing.txt"), only.resolve("briefing.txt"), StandardCopyOption.REPLACE_EXISTING);
        builder.build(List.of(only), store, f -> { });
        assertThat(storedGraph().isIsomorphicWith(before)).isTrue();
        assertThat(ask("wd:Q999000001 wdt:P39 wd:Q167662")).isTrue();
    }

    @Test
    void quickStatementsLinesAndSkips() {
        List<String> lines = new ArrayList<>();
        List<String> skips = new ArrayList<>();
        QuickStatementsWriter.Summary summary = new QuickStatementsWriter()
                .write(new WikidataMapper().read(store.dataset()), lines::add, skips::add);
        String source = "\tS854\t\"" + URL + "\"\tS577\t+2031-09-30T00:00:00Z/11\tS1476\ten:\"Alliance names new chief\"";
        assertThat(lines).containsExactly(
                "Q999000001\tP39\tQ167662\tP580\t+2031-10-01T00:00:00Z/11\tP1365\tQ999000002"
                        + source + "\tS1683\ten:\"" + HANDOVER + "\"",
                "Q999000002\tP39\tQ167662\tP580\t+2027-03-01T00:00:00Z/10\tP582\t+2031-10-01T00:00:00Z/11\tP1366\tQ999000001"
                        + source + "\tS1683\ten:\"Olaf Brun became Secretary General of NATO in March 2027.\"",
                // No URL, no date, no title: the statement is still written, with its quotation.
                "Q999000003\tP39\tQ2334076\tS1683\ten:\"Norwegian Prime Minister Mira Solberg opened the debate.\"");
        assertThat(summary.written()).isEqualTo(3);
        assertThat(summary.lines()).isEqualTo(3);
        assertThat(summary.skipped()).containsEntry(Reason.UNLINKED_PERSON, 1).containsEntry(Reason.UNLINKED_OFFICE, 1)
                .containsEntry(Reason.NO_WIKIDATA_PROPERTY, 2).containsEntry(Reason.NO_POSITION_STATEMENT, 0);
        assertThat(summary.skippedTotal()).isEqualTo(4);
        assertThat(skips).hasSize(5).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        assertThat(skips).filteredOn(l -> l.startsWith("skipped ")).hasSize(4);
        assertThat(skips).filteredOn(l -> l.startsWith("no URL: Mira Solberg, Prime Minister of Norway")).hasSize(1);
        assertThat(skips).filteredOn(l -> l.startsWith("skipped role holding Anna Holm")).singleElement()
                .satisfies(l -> assertThat(l).contains("the holder Anna Holm has no Wikidata id"));
        assertThat(skips).filteredOn(l -> l.startsWith("skipped role holding Mira Solberg, Trade Envoy of Denmark")).singleElement()
                .satisfies(l -> assertThat(l).contains("the office Trade Envoy of Denmark has no Wikidata id"));
        assertThat(skips).filteredOn(l -> l.startsWith("skipped endorsement Norway supports")).hasSize(1)
                .allSatisfy(l -> assertThat(l).endsWith("Wikidata has no property for endorsements"));
        assertThat(skips).filteredOn(l -> l.startsWith("skipped spending target Norway 3.0% of GDP")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("Wikidata has no property for defence-spending targets"));
    }

    @Test
    void wikidataRdfExportParsesBackIsomorphicWithRioAndJena() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WikidataExport().write(WikidataExport.Format.WIKIDATA_RDF, store.dataset(), out, m -> { });
        byte[] bytes = out.toByteArray();
        String turtle = new String(bytes, StandardCharsets.UTF_8);
        Wikibase.prefixes().forEach((prefix, ns) -> assertThat(turtle).contains("@prefix " + prefix + ": <" + ns + ">"));
        Graph stored = storedGraph();

        Graph jena = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(jena, new ByteArrayInputStream(bytes), Lang.TURTLE);
        assertThat(jena.isIsomorphicWith(stored)).isTrue();

        Model rio = Rio.parse(new ByteArrayInputStream(bytes), "", RDFFormat.TURTLE);
        Model expected = new LinkedHashModel();
        Rdf4jValues values = new Rdf4jValues();
        stored.find().forEachRemaining(t -> expected.add(values.statement(t)));
        assertThat(Models.isomorphic(rio, expected)).isTrue();
        assertThat(rio.getNamespace("wdt")).hasValueSatisfying(n -> assertThat(n.getName()).isEqualTo(Wikibase.WDT));
    }

    @Test
    void exportCommandWritesQuickStatementsAndReportsSkipsOnStderr() {
        // Its own store: the command closes the store it opens, which would close the shared one.
        Path cliStore = dir.resolve("cli-store");
        try (GraphStore other = GraphStore.open(cliStore)) {
            builder.build(List.of(articles), other, f -> { });
        }
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = NewsGraph.commandLine();
            cli.setErr(new PrintWriter(err, true));
            exit = cli.execute("export", "--store", cliStore.toString(), "--format", "quickstatements");
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("\tP39\t"));
        assertThat(err.toString().lines()).hasSize(6).last().asString()
                .startsWith("quickstatements: 3 statements in 3 lines; 4 facts skipped");
    }

    @Test
    void samplesChooseTheMostPreciseDatesAndSkipTheUnlinkedPredecessor() {
        FactMapper mapper = new FactMapper();
        Graph union = GraphFactory.createDefaultGraph();
        for (var article : List.of(Samples.articleA(), Samples.articleB(), Samples.articleC())) {
            mapper.toGraph(article).find().forEachRemaining(union::add);
        }
        WikidataFacts facts = new WikidataMapper().read(union);
        PositionStatement kostova = facts.statements().stream().filter(s -> s.person().equals("Q990000101")).findFirst().orElseThrow();
        assertThat(kostova.position()).isEqualTo("Q990000401");
        assertThat(kostova.start()).hasValueSatisfying(t -> assertThat(t.quickStatements()).isEqualTo("+2021-03-01T00:00:00Z/11"));
        assertThat(kostova.end()).hasValueSatisfying(t -> assertThat(t.quickStatements()).isEqualTo("+2024-01-01T00:00:00Z/9"));
        assertThat(kostova.replaces()).isEmpty();
        assertThat(kostova.references()).hasSize(3);
        String claim = "Q990000101\tP39\tQ990000401\tP580\t+2021-03-01T00:00:00Z/11\tP582\t+2024-01-01T00:00:00Z/9";
        // One line per reference: QuickStatements merges them into one statement with a reference each.
        assertThat(new QuickStatementsWriter().lines(kostova)).hasSize(3).allSatisfy(l -> assertThat(l).startsWith(claim + "\tS854\t"))
                .anySatisfy(l -> assertThat(l).endsWith("\tS854\t\"https://news.example.org/article-a\"\tS577\t+2024-06-01T00:00:00Z/11"
                        + "\tS1476\ten:\"Kostova takes over\"\tS1683\ten:\"Secretary General Mirela Kostova spoke in Orsk-on-Lake.\""));
        assertThat(facts.skipped()).filteredOn(s -> s.kind().equals("succession")).singleElement()
                .satisfies(s -> {
                    assertThat(s.reason()).isEqualTo(Reason.UNLINKED_PERSON);
                    assertThat(s.detail()).contains("the predecessor Aldo Venturini");
                });
        assertThat(facts.skippedByReason()).containsEntry(Reason.UNLINKED_PERSON, 2); // the succession and Venturini's role
    }

    private Graph storedGraph() {
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.dataset().getGraph(WikidataMapper.GRAPH).find().forEachRemaining(copy::add));
        return copy;
    }
}
