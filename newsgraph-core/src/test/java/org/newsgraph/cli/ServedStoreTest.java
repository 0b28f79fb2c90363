package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.IngestServlet;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.testing.SampleStores;
import org.newsgraph.testing.Samples;

/**
 * One store, one owner, many clients: {@code newsgraph serve} runs in one JVM, and {@code query},
 * {@code export}, {@code validate} and {@code build} run as other JVMs, as a user runs them from a
 * second terminal, and work through the server instead of failing on TDB2's lock.
 */
class ServedStoreTest {

    private static final String ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a <https://w3id.org/newsgraph/ontology#articleId> ?id }";

    @TempDir
    Path folder;

    @Test
    void everyCommandWorksThroughTheServerAndTheStoreIsFreedOnStop() throws Exception {
        Path store = folder.resolve("store");
        SampleStores.open(store, Samples.articleA(), Samples.articleC()).close();
        int port = freePort();
        Process server = start(List.of("-Xmx3g"), "serve", "--store", store.toString(), "--port", Integer.toString(port));
        try {
            awaitRecord(server, store);
            Path record = store.resolve(ServerRecord.FILE);
            if (Files.getFileStore(record).supportsFileAttributeView("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(record))).isEqualTo("rw-------");
            }

            assertThat(run("query", "--store", store.toString(), "--sparql", ARTICLES, "--format", "csv").lines())
                    .containsExactly("n", "2");
            String nquads = run("export", "--store", store.toString(), "--format", "nquads");
            DatasetGraph exported = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(nquads, Lang.NQUADS).parse(exported);
            assertThat(exported.getDefaultGraph().isEmpty()).isTrue();
            assertThat(exported.listGraphNodes()).toIterable().hasSizeGreaterThanOrEqualTo(3); // two articles, the ontology
            assertThat(run("validate", "--store", store.toString())).contains("conforms: yes");

            Path article = Files.writeString(folder.resolve("new-article.txt"), """
                    ---
                    title: Minister appointed
                    date: 2031-03-02
                    ---
                    Valdorian President Mirela Kostova on Monday appointed Aldo Venturini as Minister of Defence of Valdoria.
                    Venturini succeeds Petra Lind, who retired in February.
                    """);
            String built = run("build", "--store", store.toString(), article.toString());
            assertThat(built).contains("built by the server of the store").contains("articles: 1 read, 0 skipped");
            assertThat(run("query", "--store", store.toString(), "--sparql", ARTICLES, "--format", "csv").lines())
                    .containsExactly("n", "3");
            assertThat(ingestWithoutToken(port)).isEqualTo(401);
        } finally {
            server.destroy(); // SIGTERM, as Ctrl-C or a service manager stops it
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("the server stops on TERM").isTrue();
        }
        assertThat(store.resolve(ServerRecord.FILE)).doesNotExist();
        // The store is free again: a command opens it directly.
        assertThat(run("query", "--store", store.toString(), "--sparql", ARTICLES, "--format", "csv").lines())
                .containsExactly("n", "3");
    }

    @Test
    void aRecordLeftByADeadProcessIsIgnored() throws Exception {
        Path store = folder.resolve("store");
        SampleStores.open(store, Samples.articleA()).close();
        Process gone = new ProcessBuilder(java(), "-version").redirectErrorStream(true).start();
        gone.waitFor();
        new ServerRecord(gone.pid(), freePort(), ServerRecord.newToken()).write(store);

        assertThat(ServerRecord.find(store)).isEmpty();
        assertThat(run("query", "--store", store.toString(), "--sparql", ARTICLES, "--format", "csv").lines())
                .containsExactly("n", "1");
    }

    private static int ingestWithoutToken(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + IngestServlet.PATH))
                .POST(HttpRequest.BodyPublishers.ofString("path\t/\n")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process start(List<String> jvmOptions, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NewsGraph.class.getName()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
    }

    /** Runs a newsgraph command in its own JVM; returns its output, failing on a non-zero exit. */
    private String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                NewsGraph.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("newsgraph %s: %s", arguments[0], output).isZero();
        return output;
    }

    private void awaitRecord(Process server, Path store) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.isAlive() && System.nanoTime() < deadline) {
            if (ServerRecord.find(store).isPresent()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not record itself: " + Files.readString(folder.resolve("server.log")));
    }
}
