package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;

/** Builds the bundled corpus into a real TDB2 store, serves it with Fuseki and queries it over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {

    private GraphStore store;
    private SparqlServer server;
    private BuildSummary summary;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void buildAndServe(@TempDir Path dir) {
        store = GraphStore.open(dir.resolve("store"));
        summary = new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), store, f -> { });
        server = SparqlServer.over(store.dataset()).port(0).build().start();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }

    private ResultSetRewindable select(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newsgraph/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        ResultSet results = org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(response.body()), org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(results);
    }

    /** A CONSTRUCT query's graph, asked for as Turtle over HTTP and parsed. */
    private org.apache.jena.graph.Graph construct(String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newsgraph/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(response.body(), Lang.TURTLE).parse(graph);
        return graph;
    }

    private List<Map<String, String>> rows(String queryFile) throws IOException, InterruptedException {
        ResultSetRewindable results = select(Files.readString(Path.of("queries", queryFile)));
        List<Map<String, String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            Map<String, String> row = new java.util.HashMap<>();
            solution.varNames().forEachRemaining(v -> {
                var node = solution.get(v);
                row.put(v, node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
            });
            rows.add(row);
        }
        return rows;
    }

    @Test
    void buildReadsEveryArticleAndConforms() {
        assertThat(summary.articlesRead()).isEqualTo(5);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.violations()).isEmpty();
        assertThat(summary.factsPerKind()).containsKeys("roles", "successions", "endorsements", "spending targets");
    }

    @Test
    void everyCannedQueryRunsOverHttpWithItsColumns() throws Exception {
        Map<String, List<String>> columns = Map.of(
                "roles.rq", List.of("person", "personLabel", "role", "roleLabel", "org", "orgLabel", "start", "end", "status", "sources"),
                "successions.rq", List.of("successor", "successorLabel", "predecessor", "predecessorLabel", "role", "roleLabel", "org", "orgLabel", "date", "sources"),
                "endorsements.rq", List.of("endorser", "endorserLabel", "target", "targetLabel", "targetKind", "polarity", "sources"),
                "spending-targets.rq", List.of("actor", "actorLabel", "percent", "scope", "deadline", "status", "sources", "country", "countryLabel"),
                "wikidata-links.rq", List.of("entity", "wikidata"));
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            // federated-*.rq call the Wikidata Query Service: examples only, there is no network in tests.
            for (Path file : files.filter(f -> f.toString().endsWith(".rq"))
                    .filter(f -> !f.getFileName().toString().startsWith("federated-")).toList()) {
                String name = file.getFileName().toString();
                if (org.apache.jena.query.QueryFactory.create(Files.readString(file)).isConstructType()) {
                    assertThat(construct(Files.readString(file)).size()).as(name).isGreaterThan(5);
                    continue;
                }
                ResultSetRewindable results = select(Files.readString(file));
                if (columns.containsKey(name)) {
                    assertThat(results.getResultVars()).as(name).containsExactlyElementsOf(columns.get(name));
                    assertThat(results.size()).as(name).isPositive();
                }
            }
        }
    }

    @Test
    void rutteSucceedsStoltenbergAsNatoSecretaryGeneral() throws Exception {
        assertThat(rows("successions.rq")).anySatisfy(row -> {
            assertThat(row).containsEntry("successorLabel", "Mark Rutte").containsEntry("predecessorLabel", "Jens Stoltenberg")
                    .containsEntry("roleLabel", "Secretary General").containsEntry("orgLabel", "NATO").containsEntry("date", "2024-10-01");
            assertThat(row.get("sources")).contains("002_10fb7a53004e7e39").contains("004_f81cd5b717ad3e36");
        });
    }

    @Test
    void natoAgreedFivePercentOfGdpAndItsSplit() throws Exception {
        List<Map<String, String>> rows = rows("spending-targets.rq");
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .containsEntry("actorLabel", "NATO").containsEntry("scope", "total").containsEntry("status", "agreed")
                .satisfies(r -> assertThat(new java.math.BigDecimal(r.get("percent"))).isEqualByComparingTo("5")));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .containsEntry("actorLabel", "NATO").containsEntry("scope", "core").containsEntry("status", "agreed")
                .satisfies(r -> assertThat(new java.math.BigDecimal(r.get("percent"))).isEqualByComparingTo("3.5")));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("deadline", "2035")
                .satisfies(r -> assertThat(new java.math.BigDecimal(r.get("percent"))).isEqualByComparingTo("5")));
    }

    @Test
    void ruttesSupportForTheStrikesOnIransNuclearSites() throws Exception {
        assertThat(rows("endorsements.rq")).anySatisfy(row -> {
            assertThat(row).containsEntry("endorserLabel", "Mark Rutte").containsEntry("polarity", "support").containsEntry("targetKind", "action");
            assertThat(row.get("targetLabel")).containsIgnoringCase("strikes").containsIgnoringCase("Iran");
        });
    }

    @Test
    void linkedEntitiesCarryTheirWikidataIds() throws Exception {
        assertThat(rows("wikidata-links.rq")).anySatisfy(row -> assertThat(row.get("wikidata")).isEqualTo("http://www.wikidata.org/entity/Q57792"));
    }

    @Test
    void sparqlUpdateIsRefusedAndTheStoreUnchanged() throws Exception {
        long before = store.tripleCount();
        for (String endpoint : List.of("sparql", "update")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newsgraph/" + endpoint))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"))
                    .build();
            // A fresh client: the server may close the connection after refusing, and a pooled one would be stale.
            int status = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(status).as(endpoint).isBetween(400, 499);
        }
        assertThat(store.tripleCount()).isEqualTo(before);
    }

    @Test
    void pingAndReadOnlyGraphStoreProtocolAnswer() throws Exception {
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/$/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/newsgraph/get?graph="
                + URLEncoder.encode("https://w3id.org/newsgraph/graph/002_10fb7a53004e7e39", StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).contains("Stoltenberg");
    }

    @Test
    void theBuiltStoreHoldsTheOntologyAndItsIrisResolve() throws Exception {
        String root = "http://127.0.0.1:" + server.port();
        assertThat(store.graphNames()).contains(org.newsgraph.rdf.Ontology.GRAPH);
        ResultSetRewindable ask = select("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?p { ng:Person ?p ?o } LIMIT 1");
        assertThat(ask.size()).as("ASK { ng:Person ?p ?o }").isEqualTo(1);

        HttpResponse<String> ontology = http.send(HttpRequest.newBuilder(URI.create(root + "/ontology"))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ontology.statusCode()).isEqualTo(200);
        org.apache.jena.graph.Graph served = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ontology.body(), Lang.NTRIPLES).parse(served);
        assertThat(served.isIsomorphicWith(org.newsgraph.rdf.Ontology.graph())).isTrue();

        // Every person the build found resolves, as Turtle with its English label and as a page.
        List<String> people = new ArrayList<>();
        select("PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?p { ?p a ng:Person }")
                .forEachRemaining(row -> people.add(row.getResource("p").getURI()));
        assertThat(people).contains("https://w3id.org/newsgraph/id/person/jens-stoltenberg");
        for (String person : people) {
            String path = person.substring(org.newsgraph.rdf.Iris.BASE.length() - 1);
            HttpResponse<String> turtle = http.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", "text/turtle")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(turtle.statusCode()).as(person).isEqualTo(200);
            org.apache.jena.graph.Graph cbd = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            org.apache.jena.riot.RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(cbd);
            assertThat(cbd.find(org.apache.jena.graph.NodeFactory.createURI(person),
                    org.apache.jena.vocabulary.RDFS.label.asNode(), org.apache.jena.graph.Node.ANY).toList())
                    .as(person).isNotEmpty().allSatisfy(t -> assertThat(t.getObject().getLiteralLanguage()).isEqualTo("en"));
        }
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(root + "/id/person/jens-stoltenberg"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(org.jsoup.Jsoup.parse(page.body()).select("ul.evidence q").eachText())
                .anySatisfy(sentence -> assertThat(sentence).contains("Stoltenberg"));

        HttpResponse<String> voidTurtle = http.send(HttpRequest.newBuilder(URI.create(root + "/.well-known/void")).build(),
                HttpResponse.BodyHandlers.ofString());
        org.apache.jena.graph.Graph description = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(voidTurtle.body(), Lang.TURTLE).parse(description);
        assertThat(description.find(org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/void#dataset"),
                org.apache.jena.vocabulary.VOID.triples.asNode(), org.apache.jena.graph.Node.ANY).next().getObject()
                .getLiteralValue()).asString().isEqualTo(Long.toString(summary.triples()));
    }

    @Test
    void rebuildingTheSameInputLeavesTheStoreIdentical() {
        DatasetGraph before = snapshot();
        new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), store, f -> { });
        assertThat(IsoMatcher.isomorphic(before, snapshot())).isTrue();
    }

    @Test
    void exportReadsBackIsomorphicWithJenaAndRio() throws Exception {
        DatasetGraph stored = snapshot();
        // The build's link index is its own bookkeeping, which exports leave out.
        assertThat(stored.containsGraph(LinkIndexMapper.GRAPH)).isTrue();
        stored.removeGraph(LinkIndexMapper.GRAPH);
        stored.removeGraph(LinkInputs.GRAPH);
        for (RdfExporter.Format format : RdfExporter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RdfExporter(store.dataset()).write(format, out);
            byte[] bytes = out.toByteArray();
            Model rio = Rio.parse(new ByteArrayInputStream(bytes), "", format.rio());
            assertThat(rio).as(format.name()).isNotEmpty();
            DatasetGraph jena = DatasetGraphFactory.create();
            RDFDataMgr.read(jena, new ByteArrayInputStream(bytes), lang(format));
            if (format.quads()) {
                assertThat(IsoMatcher.isomorphic(stored, jena)).as(format.name()).isTrue();
                assertThat(rio.size()).as(format.name()).isEqualTo(stored.stream().count());
            } else {
                var union = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
                stored.getUnionGraph().find().forEach(union::add);
                assertThat(jena.getDefaultGraph().isIsomorphicWith(union)).as(format.name()).isTrue();
                assertThat(rio.size()).as(format.name()).isEqualTo(union.size());
            }
        }
    }

    private DatasetGraph snapshot() {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    private static Lang lang(RdfExporter.Format format) {
        return switch (format) {
            case TURTLE -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }
}
