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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

class SparqlServerTest {

    private static final String COUNT_ROLES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f a ng:RoleHolding }""";
    private static final String UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";

    @TempDir
    Path folder;

    private GraphStore store;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void load() {
        store = GraphStore.open(folder.resolve("store"));
        FactMapper mapper = new FactMapper();
        Graph a = mapper.toGraph(Samples.articleA());
        Graph c = mapper.toGraph(Samples.articleC());
        store.replace(Map.of(Samples.A, a, "article-c", c));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs with a fresh client: a server that refuses a request may close the connection, which a pooled client would reuse. */
    private HttpResponse<String> post(String url, String contentType, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theBuildersLinkIndexIsHiddenFromQueriesAndTheDefaultGraph() throws Exception {
        store.replaceGraph(LinkIndexMapper.GRAPH, new LinkIndexMapper().toGraph(LinkEvidence.of(Samples.articleA())));
        store.replaceGraph(LinkInputs.GRAPH, new LinkInputs().toGraph(Samples.A, new LinkInputs.Entry(Samples.articleA(), Set.of("kern"))));
        SparqlServer server = SparqlServer.over(store.dataset()).port(0).build().start();
        try {
            String base = "http://localhost:" + server.port() + "/newsgraph";
            String index = LinkIndexMapper.NS;
            for (String query : new String[] {
                    "ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + index + "\")) }",
                    "ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + LinkIndexMapper.GRAPH.getURI() + "\")) }"}) {
                assertThat(get(base + "/sparql?query=" + encode(query), "application/sparql-results+json").body())
                        .as(query).containsPattern("\"boolean\"\\s*:\\s*false");
            }
            assertThat(get(base + "/sparql?query=" + encode(COUNT_ROLES), "application/sparql-results+json").body())
                    .containsPattern("\"value\"\\s*:\\s*\"2\"");
            assertThat(get(base + "/get?default", "application/n-triples").body()).contains(Iris.ID).doesNotContain(index);
            for (org.apache.jena.graph.Node graph : LinkIndexMapper.GRAPHS) {
                assertThat(get(base + "/get?graph=" + encode(graph.getURI()), "application/n-triples").statusCode()).as("%s", graph).isEqualTo(404);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void servesQueriesPingAndGraphsReadOnly() throws Exception {
        SparqlServer server = SparqlServer.over(store.dataset()).port(0).build().start();
        try {
            String base = "http://localhost:" + server.port();
            assertThat(server.port()).isPositive();
            for (String endpoint : new String[] {"/newsgraph/sparql", "/newsgraph/query"}) {
                HttpResponse<String> response = get(base + endpoint + "?query=" + encode(COUNT_ROLES),
                        "application/sparql-results+json");
                assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type")).get().asString()
                        .startsWith("application/sparql-results+json");
                assertThat(response.body()).contains("\"n\"").containsPattern("\"value\"\\s*:\\s*\"2\"");
            }
            assertThat(get(base + "/$/ping", "*/*").statusCode()).isEqualTo(200);
            HttpResponse<String> graph = get(base + "/newsgraph/get?default", "text/turtle");
            assertThat(graph.statusCode()).isEqualTo(200);
            assertThat(graph.headers().firstValue("Content-Type")).get().asString().startsWith("text/turtle");
            assertThat(graph.body()).as("the default graph is the union of the article graphs")
                    .contains("https://w3id.org/newsgraph/ontology#RoleHolding");
            HttpResponse<String> article = get(base + "/newsgraph/get?graph=" + encode(Iris.graph(Samples.A).getURI()),
                    "application/n-triples");
            assertThat(article.statusCode()).isEqualTo(200);
            assertThat(article.body()).contains("https://w3id.org/newsgraph/ontology#RoleHolding");

            long before = store.tripleCount();
            assertThat(post(base + "/newsgraph/sparql", "application/sparql-update", UPDATE).statusCode())
                    .isBetween(400, 499);
            assertThat(post(base + "/newsgraph/sparql", "application/x-www-form-urlencoded",
                    "update=" + encode(UPDATE)).statusCode()).isBetween(400, 499);
            assertThat(post(base + "/newsgraph/update", "application/sparql-update", UPDATE).statusCode())
                    .isBetween(400, 499);
            assertThat(store.tripleCount()).isEqualTo(before);
        } finally {
            server.stop();
        }
    }

    @Test
    void queriesFromAnotherOriginGetCorsHeadersAndUpdatesStayRefused() throws Exception {
        SparqlServer server = SparqlServer.over(store.dataset()).port(0).build().start();
        try {
            String endpoint = "http://localhost:" + server.port() + "/newsgraph/sparql";
            String origin = "https://yasgui.example.org";
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + encode(COUNT_ROLES)))
                    .header("Origin", origin).header("Accept", "application/sparql-results+json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValueSatisfying(
                    v -> assertThat(v).isIn("*", origin));

            HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "Content-Type")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.statusCode()).isBetween(200, 299);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).get().asString().contains("POST");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).get().asString()
                    .containsIgnoringCase("Content-Type");

            HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Origin", origin).header("Content-Type", "application/sparql-query")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(COUNT_ROLES)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
            assertThat(post.body()).containsPattern("\"value\"\\s*:\\s*\"2\"");

            long before = store.tripleCount();
            HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Origin", origin).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(UPDATE)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
            assertThat(store.tripleCount()).isEqualTo(before);
        } finally {
            server.stop();
        }
    }

    @Test
    void aRequestLogGetsOneLinePerRequestInTheCommonLogFormat() throws Exception {
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        SparqlServer server = SparqlServer.over(store.dataset()).port(0).requestLog(lines::add).build().start();
        try {
            String endpoint = server.sparqlUrl();
            assertThat(get(endpoint + "?query=" + encode(COUNT_ROLES), "text/csv").statusCode()).isEqualTo(200);
            assertThat(get(server.explorerUrl() + "no/such/page", "text/html").statusCode()).isEqualTo(404);
            // Jetty writes the line when the response is complete, just after the client has it.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (lines.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).matches("127\\.0\\.0\\.1 - - \\[[^]]+] \"GET /newsgraph/sparql\\?query=\\S+ HTTP/1\\.1\" 200 \\d+ \\d+");
            assertThat(lines.get(1)).contains("\"GET /no/such/page HTTP/1.1\" 404 ");
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesOnlyWhenAllowed() throws Exception {
        SparqlServer server = SparqlServer.over(store.dataset()).port(0).allowUpdate(true).build().start();
        try {
            String base = "http://localhost:" + server.port();
            long before = store.tripleCount();
            String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
            assertThat(post(base + "/newsgraph/update", "application/sparql-update", update).statusCode()).isBetween(200, 299);
            assertThat(store.tripleCount()).isEqualTo(before + 1);
        } finally {
            server.stop();
        }
    }

    @Test
    void hostZeroSwitchesLoopbackOffAndOddHostsAreRefused() {
        SparqlServer.over(store.dataset()).host("0.0.0.0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparqlServer.over(store.dataset()).host("example.org"))
                .hasMessageContaining("use localhost");
    }

    @Test
    void aPortInUseIsOneClearError() {
        SparqlServer first = SparqlServer.over(store.dataset()).port(0).build().start();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparqlServer.over(store.dataset()).port(first.port()).build().start())
                    .isInstanceOf(org.newsgraph.NewsGraphException.class)
                    .hasMessageContaining("cannot serve on port " + first.port())
                    .hasMessageContaining("choose another --port");
        } finally {
            first.stop();
        }
    }
}
