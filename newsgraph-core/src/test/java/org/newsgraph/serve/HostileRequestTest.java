package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * A real server over a real store, sent what users send by mistake: a query whose answer is
 * astronomically large, a huge request, connections that stall halfway.
 */
class HostileRequestTest {

    /** Four copies of every triple joined with each other: 300^4 rows to count. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
    private static final String SMALL = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    static Path folder;

    private static GraphStore store;
    private static SparqlServer server;
    private static String endpoint;

    @BeforeAll
    static void serve() {
        store = GraphStore.open(folder.resolve("store"));
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 300; i++) {
            graph.add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("o" + i));
        }
        store.replace(Map.of("article", graph));
        server = SparqlServer.over(store.dataset()).port(0).queryTimeout(Duration.ofSeconds(2))
                .maxRequestBytes(64 * 1024).idleTimeout(Duration.ofSeconds(1)).build().start();
        endpoint = "http://127.0.0.1:" + server.port() + SparqlServer.NAME + "/sparql";
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /**
     * Sends {@code query} with a client of its own: the server closes connections idle for a second, and a pooled
     * connection could be reused just as the server closes it.
     */
    private static HttpResponse<String> query(String query) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunawayQueryIsStoppedAndLeavesNoThreadWorking() throws Exception {
        HttpResponse<String> runaway = query(RUNAWAY);

        assertThat(runaway.statusCode()).as(runaway.body()).isEqualTo(503);
        assertThat(query(SMALL).body()).contains("300");
        assertThat(ServerThreads.busy()).as("server threads still computing after the timeout").isEmpty();
    }

    @Test
    void aRequestLargerThanTheLimitIsRefusedWith413() throws Exception {
        String huge = "SELECT * { ?s ?p ?o } # " + "x".repeat(100 * 1024);
        HttpResponse<String> stated = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(stated.statusCode()).isEqualTo(413);
        assertThat(stated.body()).contains("larger than 65536 bytes");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(query(SMALL).statusCode()).isEqualTo(200);
    }

    @Test
    void connectionsThatStallMidRequestAreClosedAndDoNotBlockOthers() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + SparqlServer.NAME + "/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nSELECT")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(socket);
            }

            assertThat(query(SMALL).body()).contains("300");
            for (Socket socket : stalled) {
                assertThat(closedByServer(socket)).isTrue();
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Whether the server ends the connection (an error answer, then end of stream) within 30 s. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(30_000);
        InputStream in = socket.getInputStream();
        try {
            while (in.read() >= 0) {
                // the server's answer, if any, before it closes
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true; // reset by the server
        }
    }
}
