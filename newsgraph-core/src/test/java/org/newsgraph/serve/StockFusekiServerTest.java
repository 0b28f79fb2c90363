package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

/**
 * Apache Jena's stock Fuseki server jar (copied into target/fuseki-server by the build), run as
 * its own process with NewsGraph's classes and fuseki-config/config.ttl exactly as
 * fuseki-config/README.md says, answers over HTTP as {@code newsgraph serve} does over the same
 * store: the union of the article graphs as the default graph, for queries and the Graph Store
 * Protocol's {@code ?default}, and the builder's link index hidden from queries.
 */
class StockFusekiServerTest {

    /** Where the build copies the jar (jena-fuseki-server-VERSION.jar, the Jena version NewsGraph builds with). */
    private static final Path JARS = Path.of(System.getProperty("basedir", "newsgraph-core"), "target", "fuseki-server");
    private static final String FACTS = "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f <https://w3id.org/newsgraph/ontology#evidence> ?e }";
    private static final String GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
    /** Queries for the builder's link index, in the default graph and by graph name: all false where it is hidden. */
    private static final List<String> INDEX_QUERIES = List.of(
            index("ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?p), ?ns)) }"),
            index("ASK { GRAPH ?g { ?s ?p ?o } FILTER(?g IN (?index, ?inputs)) }"),
            index("ASK { GRAPH ?index { ?s ?p ?o } }"),
            index("ASK { GRAPH ?inputs { ?s ?p ?o } }"));

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newHttpClient();

    /** What one server answers, to compare with the other's. */
    private record Answers(List<String> facts, List<String> graphs, Graph union) {
    }

    @Test
    void theStockServerWithTheConfigurationAnswersAsNewsgraphServe() throws Exception {
        Path jar = stockJar();
        try (GraphStore store = GraphStore.open(project.resolve("store"))) {
            store.replace(Samples.A, new FactMapper().toGraph(Samples.articleA()));
            store.replace(Samples.B, new FactMapper().toGraph(Samples.articleB()));
            store.replaceGraph(LinkIndexMapper.GRAPH, new LinkIndexMapper().toGraph(LinkEvidence.of(Samples.articleA())));
            store.replaceGraph(LinkInputs.GRAPH,
                    new LinkInputs().toGraph(Samples.A, new LinkInputs.Entry(Samples.articleA(), Set.of("kostova"))));
        }
        Answers ours = newsgraphServe();
        assertThat(ours.facts()).containsExactly("n", "5");
        assertThat(ours.graphs()).as("the two article graphs, not the link index").containsExactly("n", "2");
        assertThat(ours.union().isEmpty()).isFalse();

        Files.createDirectories(project.resolve("fuseki-config"));
        Files.copy(Path.of("fuseki-config", "config.ttl"), project.resolve("fuseki-config").resolve("config.ttl"));
        int port = freePort();
        Path log = project.resolve("fuseki.log");
        Process fuseki = new ProcessBuilder(readmeCommand(jar, port)).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitPing(fuseki, base, log);
            String dataset = base + SparqlServer.NAME;
            Answers stock = answers(dataset);
            assertThat(stock.facts()).as("queries see the union of the article graphs").isEqualTo(ours.facts());
            assertThat(stock.graphs()).as("queries see the article graphs by name, not the link index graphs").isEqualTo(ours.graphs());
            assertThat(gsp(dataset + "/get?graph=" + encode(Iris.graph(Samples.B).getURI())).isIsomorphicWith(
                    new FactMapper().toGraph(Samples.articleB()))).as("an article graph read by name").isTrue();
            assertThat(stock.union().isIsomorphicWith(ours.union())).as("GSP ?default is the union, as newsgraph serve gives it")
                    .isTrue();
            assertThat(gsp(dataset + "/get?graph=union").isIsomorphicWith(stock.union())).as("GSP ?graph=union is the same")
                    .isTrue();
            assertThat(select(dataset, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"))
                    .as("as many triples as queries see").containsExactly("n", Integer.toString(stock.union().size()));
            for (String query : INDEX_QUERIES) {
                assertThat(select(dataset, query)).as(query).containsExactly("_askResult", "false");
            }
            assertThat(stock.union().find().filterKeep(t -> t.getPredicate().getURI().startsWith(LinkIndexMapper.NS)).hasNext())
                    .as("no link index triple in GSP ?default").isFalse();

            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(dataset + "/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).as("an update is refused").isBetween(400, 499);
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(dataset + "/get?default"))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(put.statusCode()).as("a Graph Store Protocol write is refused").isBetween(400, 499);
            assertThat(select(dataset, FACTS)).as("nothing was written").isEqualTo(ours.facts());
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/$/datasets")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("no admin API").isEqualTo(404);
            assertThat(project.resolve("run")).as("no Fuseki run folder in the project").doesNotExist();
            assertThat(Files.readString(log)).doesNotContain("NoClassDefFoundError", "Exception");
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String index(String query) {
        ParameterizedSparqlString ask = new ParameterizedSparqlString(query);
        ask.setLiteral("ns", LinkIndexMapper.NS);
        ask.setParam("index", LinkIndexMapper.GRAPH);
        ask.setParam("inputs", LinkInputs.GRAPH);
        return ask.toString();
    }

    /** The answers of {@code newsgraph serve} over the store, which it closes again for the other process. */
    private Answers newsgraphServe() throws IOException, InterruptedException {
        try (GraphStore store = GraphStore.open(project.resolve("store"))) {
            SparqlServer server = SparqlServer.over(store.dataset()).port(0).build().start();
            try {
                String dataset = "http://127.0.0.1:" + server.port() + SparqlServer.NAME;
                Answers answers = answers(dataset);
                assertThat(gsp(dataset + "/get?graph=union").isIsomorphicWith(answers.union())).isTrue();
                for (String query : INDEX_QUERIES) {
                    assertThat(select(dataset, query)).as(query).containsExactly("_askResult", "false");
                }
                return answers;
            } finally {
                server.stop();
            }
        }
    }

    /** The facts and graphs counted by queries, and the default graph read by the Graph Store Protocol. */
    private Answers answers(String dataset) throws IOException, InterruptedException {
        return new Answers(select(dataset, FACTS), select(dataset, GRAPHS), gsp(dataset + "/get?default"));
    }

    private List<String> select(String dataset, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(dataset + "/sparql?query=" + encode(query)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", query, response.body()).isEqualTo(200);
        return response.body().lines().toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Graph gsp(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/n-triples")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", url, response.body()).isEqualTo(200);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(graph);
        return graph;
    }

    /**
     * The README's command line, word for word, with this JVM's java, the stock jar where the build
     * put it, NewsGraph's jar as the classes it is built from (without its libraries: the assembler
     * needs Jena alone), and a free loopback port added.
     */
    private static List<String> readmeCommand(Path jar, int port) throws IOException {
        String recipe = Files.readAllLines(Path.of("fuseki-config", "README.md")).stream()
                .filter(line -> line.contains("FusekiMainCmd") && line.contains("jena-fuseki-server")).findFirst().orElseThrow().strip();
        List<String> command = new ArrayList<>();
        List<String> words = List.of(recipe.split("\\s+"));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("java")) {
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            } else if (i > 0 && words.get(i - 1).equals("-cp")) {
                command.add(classPath(word, jar));
            } else {
                command.add(word);
            }
        }
        assertThat(command).contains("--config", "fuseki-config/config.ttl");
        command.addAll(List.of("--port", Integer.toString(port), "--localhost"));
        return command;
    }

    /** The README's class path, {@code jena-fuseki-server-VERSION.jar:newsgraph-core/target/newsgraph.jar}, on this machine. */
    private static String classPath(String readme, Path jar) {
        List<String> entries = List.of(readme.split(":"));
        assertThat(entries).as("the README names the jar the build copies, then NewsGraph's")
                .containsExactly(jar.getFileName().toString(), "newsgraph-core/target/newsgraph.jar");
        Path classes = Path.of(System.getProperty("basedir", "newsgraph-core"), "target", "classes");
        return jar.toAbsolutePath() + File.pathSeparator + classes.toAbsolutePath();
    }

    /** The one jar the build copied; run the test through Maven, which copies it. */
    private static Path stockJar() throws IOException {
        assertThat(JARS).as("the folder the build copies the stock Fuseki jar to (run the test through Maven)").isDirectory();
        try (var jars = Files.list(JARS)) {
            List<Path> found = jars.filter(p -> p.getFileName().toString().matches("jena-fuseki-server-.*\\.jar")).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitPing(Process fuseki, String base, Path log) throws IOException, InterruptedException {
        URI ping = URI.create(base + "/$/ping");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        while (fuseki.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(ping).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the stock Fuseki server did not answer /$/ping; its output:\n" + Files.readString(log));
    }
}
