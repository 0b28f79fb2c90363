package org.newsgraph;

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
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile as the README uses it: the image builds, runs {@code newsgraph up} on the bundled
 * corpus as a non-root user and serves it on a port published to 127.0.0.1. Skipped, with a
 * message, on a machine whose Docker daemon does not answer.
 */
class DockerImageTest {

    private static final String IMAGE = "newsgraph-test-image";

    @Test
    void theImageBuildsAndServesTheBundledCorpus() throws Exception {
        assumeTrue(run(30, "docker", "info") == 0, "Docker is not running on this machine: the image test is skipped");
        assertThat(run(1800, "docker", "build", "-q", "-t", IMAGE, ".")).as("docker build").isZero();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String container = "newsgraph-test-" + ProcessHandle.current().pid();
        assertThat(run(60, "docker", "run", "-d", "--name", container, "-p", "127.0.0.1:" + port + ":3030", IMAGE)).isZero();
        try {
            assertThat(run(30, "docker", "exec", container, "sh", "-c", "test \"$(id -u)\" != 0")).as("runs as non-root").isZero();
            String query = "SELECT (COUNT(*) AS ?n) { ?f a <https://w3id.org/newsgraph/ontology#RoleHolding> }";
            URI uri = URI.create("http://127.0.0.1:" + port + "/newsgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            HttpResponse<String> answer = null;
            while (answer == null && System.nanoTime() < deadline) {
                try {
                    answer = http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(2000);
                }
            }
            assertThat(answer).as("the container serves within 10 minutes").isNotNull();
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(answer.body().lines().toList().get(1).trim())).isPositive();
        } finally {
            run(60, "docker", "rm", "-f", container);
        }
    }

    private static int run(long seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
