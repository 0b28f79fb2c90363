package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleStores;
import org.newsgraph.testing.Samples;

/** NewsGraph's IRIs resolve on a real server by content negotiation, and every RDF answer parses. */
class LinkedDataTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Map<String, Lang> RDF = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
            "application/n-triples", Lang.NTRIPLES, "application/rdf+xml", Lang.RDFXML);
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            """;

    @TempDir
    Path folder;

    private GraphStore store;
    private SparqlServer server;
    private String root;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = SampleStores.open(folder.resolve("store"), Samples.articleA(), Samples.articleB(), Samples.articleC());
        server = SparqlServer.over(store.dataset()).port(0).build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The local path of an IRI under the default base, as a server URL. */
    private String url(Node iri) {
        return root + "/" + iri.getURI().substring(Iris.BASE.length());
    }

    private static Graph parse(HttpResponse<String> response, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).base(response.uri().toString()).parse(graph);
        return graph;
    }

    private static boolean ask(Graph graph, String where) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + "ASK { " + where + " }", ModelFactory.createModelForGraph(graph))) {
            return qe.execAsk();
        }
    }

    /** What the store states about {@code subject} in all its graphs: its CBD, as the store holds no blank nodes. */
    private Graph statedAbout(Node subject) {
        Graph expected = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> GraphUtil.add(expected,
                store.dataset().getUnionGraph().find(subject, Node.ANY, Node.ANY).toList()));
        return expected;
    }

    private Node roleFact() {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph()
                .find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.newsgraph.vocab.NG.RoleHolding.asNode())
                .mapWith(Triple::getSubject).toList().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .filter(f -> Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph()
                        .contains(f, org.newsgraph.vocab.NG.holder.asNode(), Iris.entity(Samples.KOSTOVA))))
                .findFirst().orElseThrow());
    }

    @Test
    void anEntityAnswersEveryRdfSyntaxWithItsConciseBoundedDescription() throws Exception {
        Node kostova = Iris.entity(Samples.KOSTOVA);
        Graph expected = statedAbout(kostova);
        assertThat(expected.size()).isGreaterThan(4);
        for (Map.Entry<String, Lang> syntax : RDF.entrySet()) {
            HttpResponse<String> response = get(url(kostova), syntax.getKey());
            assertThat(response.statusCode()).as(syntax.getKey()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(syntax.getKey());
            assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept"));
            Graph answer = parse(response, syntax.getValue());
            assertThat(answer.isIsomorphicWith(expected)).as("%s: the CBD of %s, got %s", syntax.getKey(), kostova, answer).isTrue();
        }
        Graph turtle = parse(get(url(kostova), null), Lang.TURTLE);
        assertThat(turtle.isIsomorphicWith(expected)).as("no Accept header: Turtle").isTrue();
        assertThat(ask(turtle, "?p rdfs:label \"Mirela Kostova\"@en ; owl:sameAs wd:Q990000101")).isTrue();
    }

    @Test
    void anEntityPageShowsLabelsFactsWithTheirSentencesAndLinks() throws Exception {
        Node kostova = Iris.entity(Samples.KOSTOVA);
        HttpResponse<String> response = get(url(kostova), BROWSER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        Document page = Jsoup.parse(response.body(), response.uri().toString());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Mirela Kostova");
        assertThat(page.select("a[href]").eachAttr("href"))
                .contains("https://www.wikidata.org/wiki/Q990000101")
                .contains("/" + roleFact().getURI().substring(Iris.BASE.length()))
                .contains("/?entity=" + URLEncoder.encode(kostova.getURI(), StandardCharsets.UTF_8))
                .anySatisfy(href -> assertThat(href).startsWith("/id/article/"));
        assertThat(page.select("ul.evidence q").eachText())
                .contains("Mirela Kostova became Secretary General of the Northern Alliance in March 2021.",
                        "Former Secretary General Mirela Kostova, who served from 1 March 2021 to 2024, spoke today.");
        assertThat(page.select("ul.facts > li > a").eachText()).contains("role holding", "succession");
        // Every link to this server resolves.
        for (String href : page.select("a[href^=/id/]").eachAttr("href")) {
            assertThat(get(root + href, "text/turtle").statusCode()).as(href).isEqualTo(200);
        }
    }

    @Test
    void aFactResolvesWithItsEvidence() throws Exception {
        Node fact = roleFact();
        Graph answer = parse(get(url(fact), "text/turtle"), Lang.TURTLE);
        assertThat(answer.isIsomorphicWith(statedAbout(fact))).isTrue();
        assertThat(ask(answer, "?f a ng:RoleHolding ; ng:evidence ?e1, ?e2 FILTER(?e1 != ?e2)")).isTrue();

        Document page = Jsoup.parse(get(url(fact), BROWSER).body());
        assertThat(page.selectFirst("h1").text()).startsWith("role holding: ").contains("Mirela Kostova", "Secretary General");
        assertThat(page.select("h2").eachText()).contains("Evidence");
        assertThat(page.select("ul.evidence q").eachText()).hasSize(3)
                .contains("Secretary General Mirela Kostova spoke in Orsk-on-Lake.");
        assertThat(page.select("span.article").eachText()).contains(Samples.A, Samples.B);
    }

    @Test
    void graphsAndTheOntologyResolveAsDocuments() throws Exception {
        Graph article = parse(get(url(Iris.graph(Samples.A)), "application/n-triples"), Lang.NTRIPLES);
        Graph stored = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> GraphUtil.addInto(stored, store.dataset().getGraph(Iris.graph(Samples.A))));
        assertThat(article.isIsomorphicWith(stored)).isTrue();

        HttpResponse<String> ontology = get(root + "/ontology", "text/turtle");
        assertThat(ontology.statusCode()).isEqualTo(200);
        assertThat(parse(ontology, Lang.TURTLE).isIsomorphicWith(Ontology.graph())).isTrue();
        Document page = Jsoup.parse(get(root + "/ontology", BROWSER).body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("NewsGraph ontology");
        assertThat(page.getElementById("Person")).as("a section per term, its fragment as id").isNotNull();
    }

    @Test
    void theOntologyIsInTheStoreForQueries() throws Exception {
        String ask = PREFIXES + "ASK { ng:Person ?p ?o }";
        HttpResponse<String> response = get(root + "/newsgraph/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertThat(response.body()).containsPattern("\"boolean\"\\s*:\\s*true");
        HttpResponse<String> graph = get(root + "/newsgraph/get?graph=" + URLEncoder.encode(Ontology.GRAPH.getURI(),
                StandardCharsets.UTF_8), "text/turtle");
        assertThat(graph.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownIrisAre404AndUnofferedSyntaxes406() throws Exception {
        assertThat(get(root + "/id/person/nobody", "text/turtle").statusCode()).isEqualTo(404);
        HttpResponse<String> page = get(root + "/id/person/nobody", BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).selectFirst("h1").text()).isEqualTo("Not found");
        assertThat(get(root + "/graph/no-such-article", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get(url(Iris.entity(Samples.KOSTOVA)), "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void textFromArticlesIsEscapedInPages() throws Exception {
        Node kostova = Iris.entity(Samples.KOSTOVA);
        Graph hostile = GraphFactory.createDefaultGraph();
        hostile.add(kostova, RDFS.label.asNode(), NodeFactory.createLiteralLang("<script>alert(1)</script>", "en"));
        hostile.add(kostova, RDFS.seeAlso.asNode(), NodeFactory.createURI("javascript:alert(2)"));
        store.replaceGraph(NodeFactory.createURI(Iris.GRAPH + "hostile"), hostile);
        String body = get(url(kostova), BROWSER).body();
        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Jsoup.parse(body).select("a[href]").eachAttr("href")).noneMatch(h -> h.startsWith("javascript:"));
    }

    @Test
    void aDeploymentWithItsOwnBaseResolvesItsIris() throws Exception {
        String base = "https://data.example.org/news/";
        Node own = NodeFactory.createURI(base + "id/person/ada-kern");
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(own, RDFS.label.asNode(), NodeFactory.createLiteralLang("Ada Kern", "en"));
        graph.add(own, RDFS.seeAlso.asNode(), NodeFactory.createURI(base + "id/person/olaf-brun"));
        store.replaceGraph(NodeFactory.createURI(base + "graph/own"), graph);
        SparqlServer own2 = SparqlServer.over(store.dataset()).port(0).base(base).build().start();
        try {
            String at = "http://localhost:" + own2.port();
            Graph answer = parse(get(at + "/id/person/ada-kern", "text/turtle"), Lang.TURTLE);
            assertThat(answer.contains(own, RDFS.label.asNode(), NodeFactory.createLiteralLang("Ada Kern", "en"))).isTrue();
            assertThat(get(at + "/id/person/mirela-kostova", "text/turtle").statusCode())
                    .as("w3id IRIs are not under this base").isEqualTo(404);
            assertThat(Jsoup.parse(get(at + "/id/person/ada-kern", BROWSER).body()).select("a[href]").eachAttr("href"))
                    .contains("/id/person/olaf-brun");
        } finally {
            own2.stop();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparqlServer.over(store.dataset()).base("data.example.org"))
                .hasMessageContaining("--base must be an absolute http(s) IRI ending in '/'");
    }

    @Test
    void percentEncodedIrisResolveAsMinted() throws Exception {
        Node accented = NodeFactory.createURI(Iris.ID + "person/" + Iris.segment("王小明 (Zoë)"));
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(accented, RDFS.label.asNode(), NodeFactory.createLiteralLang("王小明", "en"));
        store.replaceGraph(NodeFactory.createURI(Iris.GRAPH + "accented"), graph);
        assertThat(accented.getURI()).contains("%");
        HttpResponse<String> response = get(url(accented), "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(parse(response, Lang.TURTLE).contains(accented, RDFS.label.asNode(), Node.ANY)).isTrue();
    }
}
