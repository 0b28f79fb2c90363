package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleStores;
import org.newsgraph.testing.Samples;

/**
 * The served endpoint under load, in a second JVM started as a user starts it ({@code newsgraph
 * serve}, default limits): 16 clients send the canned queries for 60 s over loopback while one
 * more sends a runaway query every 5 s. No normal query may fail, every runaway is stopped, and the
 * server's resident memory stays flat after warm-up. The figures are printed, not asserted.
 */
class LoadTest {

    private static final int CLIENTS = 16;
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Duration RUNAWAY_EVERY = Duration.ofSeconds(5);
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }";
    /** Growth of the server's resident memory after warm-up (last ten samples against the first ten) that still counts as flat. */
    private static final long RSS_SLACK_KIB = 64 * 1024;

    @TempDir
    Path folder;

    @Test
    void normalQueriesAllSucceedWhileRunawayQueriesAreStopped() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "resident memory is read from /proc");
        Path storeFolder = folder.resolve("store");
        try (GraphStore store = SampleStores.open(storeFolder, Samples.articleA(), Samples.articleC())) {
            store.replace(Map.of("filler", filler(300)));
        }
        List<String> canned = cannedQueries();
        int port = freePort();
        Process server = startServer(storeFolder, port);
        try {
            String endpoint = "http://127.0.0.1:" + port + SparqlServer.NAME + "/sparql";
            awaitUp(server, "http://127.0.0.1:" + port + "/$/ping");
            Load load = new Load(endpoint, canned);
            List<Long> rss = load.run(server.pid());

            System.out.printf("load test: %d clients, %d s: %d normal queries, %d failed, p50 %d ms, p95 %d ms;"
                    + " %d runaway queries, %d stopped; server RSS after warm-up %d -> %d MiB (max %d MiB)%n",
                    CLIENTS, RUN.toSeconds(), load.latencies.size(), load.failures.get(), load.percentile(50),
                    load.percentile(95), load.runaways.get(), load.stopped.get(), rss.get(0) / 1024,
                    rss.get(rss.size() - 1) / 1024, Collections.max(rss) / 1024);
            System.out.println("runaway answers other than 503, and connection errors: " + load.errors);
            System.out.println("server RSS each second after warm-up, MiB: " + rss.stream().map(k -> k / 1024).toList());
            assertThat(load.failures.get()).as("failed normal queries: %s", load.errors).isZero();
            assertThat(load.latencies).hasSizeGreaterThan(CLIENTS);
            assertThat(load.stopped.get()).as("runaway queries stopped: %s", load.errors).isEqualTo(load.runaways.get()).isPositive();
            // Resident memory swings with the queries in flight; flat means the last samples are no higher than the first.
            assertThat(mean(rss.subList(rss.size() - 10, rss.size())) - mean(rss.subList(0, 10)))
                    .as("RSS growth after warm-up, KiB: %s", rss).isLessThan(RSS_SLACK_KIB);
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    /** A graph of {@code n} triples, enough that a four-way cartesian product never ends. */
    private static Graph filler(int n) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            graph.add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o" + i));
        }
        return graph;
    }

    private static List<String> cannedQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<String> queries = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(file));
            }
            assertThat(queries).isNotEmpty();
            return queries;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code newsgraph serve} in its own JVM with a fixed, pre-touched heap, so RSS shows native growth. */
    private Process startServer(Path store, int port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.NewsGraph", "serve", "--store", store.toString(), "--port", Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(command);
        // As a JVM is deployed in a container: few malloc arenas, so that RSS reflects what is used.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder.redirectErrorStream(true).redirectOutput(folder.resolve("server.log").toFile()).start();
    }

    private void awaitUp(Process server, String ping) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(ping)).GET().build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("the server did not come up: " + Files.readString(folder.resolve("server.log")));
    }

    /** The clients, their latencies and failures. */
    private static final class Load {
        private final String endpoint;
        private final List<String> queries;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicInteger runaways = new AtomicInteger();
        private final AtomicInteger stopped = new AtomicInteger();

        Load(String endpoint, List<String> queries) {
            this.endpoint = endpoint;
            this.queries = queries;
        }

        /** Runs the clients for {@link #RUN}; returns the server's RSS in KiB, sampled every second after warm-up. */
        List<Long> run(long serverPid) throws Exception {
            long end = System.nanoTime() + RUN.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 8);
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.submit(() -> normalClient(first, end));
            }
            List<Long> rss = new ArrayList<>();
            long start = System.nanoTime();
            long nextRunaway = start;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextRunaway) {
                    clients.submit(this::runaway);
                    nextRunaway += RUNAWAY_EVERY.toNanos();
                }
                if (System.nanoTime() - start >= WARM_UP.toNanos()) {
                    rss.add(residentKib(serverPid));
                }
                Thread.sleep(1000);
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            rss.add(residentKib(serverPid));
            return rss;
        }

        private void normalClient(int first, long end) {
            for (int i = first; System.nanoTime() < end; i++) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> response = send(queries.get(i % queries.size()));
                    if (response.statusCode() == 200) {
                        latencies.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                    } else {
                        fail("HTTP " + response.statusCode());
                    }
                } catch (IOException | InterruptedException e) {
                    fail(e.toString());
                }
            }
        }

        private void fail(String why) {
            failures.incrementAndGet();
            errors.add(why);
        }

        /** Sends the runaway query, again once if the connection fails before an answer (a pooled connection the server closed). */
        private void runaway() {
            runaways.incrementAndGet();
            for (int attempt = 1; attempt <= 2; attempt++) {
                try {
                    int status = send(RUNAWAY).statusCode();
                    // The timeout answers 503; a query cancelled in another phase may come back as another 5xx.
                    if (status >= 500) {
                        stopped.incrementAndGet();
                    }
                    if (status != 503) {
                        errors.add("runaway answered HTTP " + status);
                    }
                    return;
                } catch (IOException | InterruptedException e) {
                    errors.add("runaway, attempt " + attempt + ": " + e);
                }
            }
        }

        private HttpResponse<String> send(String query) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(90))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        long percentile(int p) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }

        private static long residentKib(long pid) throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            throw new IOException("no VmRSS for process " + pid);
        }
    }
}
