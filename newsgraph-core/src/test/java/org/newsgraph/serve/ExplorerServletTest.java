package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;

/** The explorer's files as the server sends them (the browser test drives the page itself). */
class ExplorerServletTest {

    @TempDir
    Path folder;

    private GraphStore store;
    private SparqlServer server;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = GraphStore.open(folder.resolve("store"));
        server = SparqlServer.over(store.dataset()).port(0).build().start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void servesThePageWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(type(page)).startsWith("text/html");
        assertThat(page.body()).contains("<title>NewsGraph explorer</title>")
                .contains("src=\"" + ExplorerServlet.CYTOSCAPE_URL + "\"")
                .contains("src=\"" + ExplorerServlet.YASGUI_SCRIPT_URL + "\"")
                .contains("href=\"" + ExplorerServlet.YASGUI_STYLE_URL + "\"")
                .contains("src=\"/explorer/explorer.js\"")
                .doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(server.explorerUrl()).isEqualTo(base + "/");
    }

    @Test
    void servesScriptStyleAndCytoscapeFromTheJar() throws Exception {
        HttpResponse<String> script = get("/explorer/explorer.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(type(script)).startsWith("text/javascript");
        assertThat(script.body()).contains("/newsgraph/sparql")
                .doesNotContainPattern("(inner|outer)HTML\\s*\\+?=|insertAdjacentHTML|document\\.write|eval\\(");
        HttpResponse<String> style = get("/explorer/explorer.css");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(type(style)).startsWith("text/css");
        HttpResponse<String> cytoscape = get(ExplorerServlet.CYTOSCAPE_URL);
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(type(cytoscape)).startsWith("text/javascript");
        assertThat(cytoscape.body()).hasSizeGreaterThan(100_000).contains("cytoscape");
        assertThat(cytoscape.headers().firstValue("Cache-Control")).get().asString().contains("immutable");
    }

    @Test
    void servesTheQueryEditorAndTheGraphsPrefixesFromTheJar() throws Exception {
        HttpResponse<String> script = get(ExplorerServlet.YASGUI_SCRIPT_URL);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(type(script)).startsWith("text/javascript");
        assertThat(script.body()).hasSizeGreaterThan(100_000).contains("Yasqe");
        assertThat(script.headers().firstValue("Cache-Control")).get().asString().contains("immutable");
        HttpResponse<String> style = get(ExplorerServlet.YASGUI_STYLE_URL);
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(type(style)).startsWith("text/css");
        assertThat(style.body()).contains(".yasqe").doesNotContain("url(http");

        HttpResponse<String> prefixes = get(ExplorerServlet.PREFIXES_URL);
        assertThat(prefixes.statusCode()).isEqualTo(200);
        assertThat(type(prefixes)).startsWith("application/json");
        org.apache.jena.atlas.json.JsonObject json = org.apache.jena.atlas.json.JSON.parse(prefixes.body());
        assertThat(json.keys()).containsExactlyInAnyOrderElementsOf(org.newsgraph.vocab.Prefixes.all().keySet());
        assertThat(json.getString("ng")).isEqualTo(org.newsgraph.vocab.NG.NS);

        HttpResponse<String> terms = get(ExplorerServlet.TERMS_URL);
        assertThat(terms.statusCode()).isEqualTo(200);
        org.apache.jena.atlas.json.JsonObject vocabulary = org.apache.jena.atlas.json.JSON.parse(terms.body());
        assertThat(strings(vocabulary, "classes"))
                .contains(org.newsgraph.vocab.NG.Person.getURI(), org.newsgraph.vocab.NG.RoleHolding.getURI())
                .doesNotContain(org.newsgraph.vocab.NG.holder.getURI());
        assertThat(strings(vocabulary, "properties"))
                .contains(org.newsgraph.vocab.NG.holder.getURI(), org.newsgraph.vocab.NG.evidence.getURI())
                .doesNotContain(org.newsgraph.vocab.NG.Person.getURI());
    }

    private static List<String> strings(org.apache.jena.atlas.json.JsonObject json, String key) {
        List<String> values = new java.util.ArrayList<>();
        for (org.apache.jena.atlas.json.JsonValue value : json.get(key).getAsArray()) {
            values.add(value.getAsString().value());
        }
        return values;
    }

    @Test
    void listsAndServesEveryCannedQuery() throws Exception {
        List<String> files;
        try (Stream<Path> paths = Files.list(Path.of("queries"))) {
            files = paths.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq") && !n.startsWith("federated-"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> !org.apache.jena.query.QueryFactory.create(QueryRunner.canned(n)).isConstructType())
                    .sorted().toList();
        }
        assertThat(ExplorerServlet.CANNED_QUERIES).as("ExplorerServlet.CANNED_QUERIES lists queries/*.rq")
                .containsExactlyInAnyOrderElementsOf(files);
        HttpResponse<String> index = get("/queries/index.json");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(type(index)).startsWith("application/json");
        for (String name : files) {
            assertThat(index.body()).contains("\"" + name + "\"");
            HttpResponse<String> query = get("/queries/" + name + ".rq");
            assertThat(query.statusCode()).as(name).isEqualTo(200);
            assertThat(query.body()).isEqualTo(Files.readString(Path.of("queries", name + ".rq")));
        }
    }

    @Test
    void servesNothingElse() throws Exception {
        for (String path : new String[] {"/explorer/", "/explorer/index.html", "/explorer/../gazetteer.tsv",
                "/queries/", "/queries/nope.rq", "/queries/roles.txt", "/queries/%2e%2e/gazetteer.tsv",
                "/webjars/cytoscape/3.33.1/LICENSE", "/webjars/",
                "/webjars/zazuko__yasgui/" + ExplorerServlet.YASGUI_VERSION + "/build/yasgui.min.js.map", "/org/newsgraph/gazetteer.tsv", "/nothing"}) {
            // Jetty itself refuses ambiguous paths (dot segments) with 400; the servlet answers 404.
            assertThat(get(path).statusCode()).as(path).isIn(400, 404);
        }
        assertThat(get("/$/ping").statusCode()).isEqualTo(200);
    }
}
