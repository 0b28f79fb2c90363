package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.store.GraphStore;

/**
 * A real server, with a query timeout of a minute, whose clients hang up in the middle of a
 * query: the query stops within moments, and a client that sends its next request while the
 * first is answered gets both answers.
 */
class ClientDisconnectTest {

    /** Four copies of every triple joined with each other: 300^4 rows to count, far more than a minute's work. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
    private static final String SMALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    static Path folder;

    private static GraphStore store;
    private static SparqlServer server;

    @BeforeAll
    static void serve() {
        store = GraphStore.open(folder.resolve("store"));
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 300; i++) {
            graph.add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("o" + i));
        }
        store.replace(Map.of("article", graph));
        server = SparqlServer.over(store.dataset()).port(0).queryTimeout(QUERY_TIMEOUT).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void aQueryWhoseClientHangsUpStopsWithinSeconds(String method) throws Exception {
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            send(client, method.equals("GET") ? get(RUNAWAY, "", "") : post(RUNAWAY));
            assertThat(awaitRunning(n -> n == 1, Duration.ofSeconds(10))).as("the query started").isTrue();
            Thread.sleep(1000);
        }
        long hungUp = System.nanoTime();

        boolean stopped = awaitRunning(n -> n == 0, QUERY_TIMEOUT);
        long millis = (System.nanoTime() - hungUp) / 1_000_000;

        System.out.printf("a runaway query (%s) stopped %d ms after its client hung up (timeout %d s)%n",
                method, millis, QUERY_TIMEOUT.toSeconds());
        assertThat(stopped).isTrue();
        assertThat(millis).as("milliseconds from hang-up to the query's end").isLessThan(3000);
        assertThat(ServerThreads.busy()).as("server threads still computing").isEmpty();
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            assertThat(exchange(client, get(SMALL, "", "Connection: close\r\n"))).startsWith("HTTP/1.1 200").contains("300");
        }
    }

    @Test
    void aRequestSentWhileTheLastIsAnsweredIsNeitherLostNorTakenForAHangUp() throws Exception {
        try (Socket client = new Socket("127.0.0.1", server.port())) {
            client.setSoTimeout(30_000);
            // The query runs for the two seconds its own timeout parameter allows, while the client
            // waits quietly for one, then sends its next request.
            send(client, get(RUNAWAY, "&timeout=2", ""));
            assertThat(awaitRunning(n -> n == 1, Duration.ofSeconds(10))).as("the query started").isTrue();
            long started = System.nanoTime();
            Thread.sleep(1000);
            send(client, get(SMALL, "", "Connection: close\r\n"));
            String firstStatus = readLine(client.getInputStream());
            long millis = (System.nanoTime() - started) / 1_000_000;
            String rest = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(firstStatus).startsWith("HTTP/1.1 503");
            assertThat(millis).as("milliseconds from the query's start to its answer: it ran to its timeout").isGreaterThan(1900);
            assertThat(rest.substring(rest.indexOf("HTTP/1.1"))).startsWith("HTTP/1.1 200").contains("300");
        }
    }

    /** A GET of the query endpoint asking for the answer to {@code query} as CSV. */
    private static String get(String query, String moreParameters, String moreHeaders) {
        return "GET " + SparqlServer.NAME + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + moreParameters
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n" + moreHeaders + "\r\n";
    }

    /** A POST of {@code query} to the query endpoint, asking for the answer as CSV. */
    private static String post(String query) {
        byte[] body = query.getBytes(StandardCharsets.UTF_8);
        return "POST " + SparqlServer.NAME + "/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: " + body.length + "\r\n\r\n" + query;
    }

    private static void send(Socket client, String request) throws IOException {
        client.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }

    /** Sends {@code request} and returns all the server sends until it closes the connection. */
    private static String exchange(Socket client, String request) throws IOException {
        client.setSoTimeout(30_000);
        send(client, request);
        return new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The next line the server sends, without its line end. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** Whether the number of running queries comes to satisfy {@code test} within {@code limit}, looking every 10 ms. */
    private static boolean awaitRunning(IntPredicate test, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!test.test(server.runningQueries())) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
