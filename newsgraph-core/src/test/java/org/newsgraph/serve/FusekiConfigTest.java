package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

class FusekiConfigTest {

    private static final Property LOCATION = ResourceFactory.createProperty("http://jena.apache.org/2016/tdb#location");

    @TempDir
    Path folder;

    @Test
    void theStandaloneConfigurationServesTheStoreReadOnly() throws Exception {
        Path storeFolder = folder.resolve("store");
        try (GraphStore store = GraphStore.open(storeFolder)) {
            store.replace(Samples.A, new FactMapper().toGraph(Samples.articleA()));
            store.replace(Samples.B, new FactMapper().toGraph(Samples.articleB()));
        }

        Path configFile = configFor(storeFolder);

        FusekiServer server = FusekiServer.create().parseConfigFile(configFile.toString()).port(0).loopback(true)
                .build().start();
        try {
            String base = "http://localhost:" + server.getPort();
            HttpClient http = HttpClient.newHttpClient();
            String query = "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f <https://w3id.org/newsgraph/ontology#evidence> ?e }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().lines().toList()).containsExactly("n", "5");
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "/newsgraph/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
        } finally {
            server.stop();
        }
    }

    /** fuseki-config/config.ttl with its store location pointed at {@code storeFolder}. */
    private Path configFor(Path storeFolder) throws java.io.IOException {
        Model config = RDFDataMgr.loadModel("fuseki-config/config.ttl");
        List<Statement> locations = config.listStatements(null, LOCATION, (String) null).toList();
        assertThat(locations).hasSize(1);
        Resource dataset = locations.get(0).getSubject();
        config.removeAll(dataset, LOCATION, null);
        config.add(dataset, LOCATION, storeFolder.toAbsolutePath().toString());
        Path configFile = folder.resolve("config.ttl");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            RDFDataMgr.write(out, config, Lang.TURTLE);
        }
        return configFile;
    }

    @Test
    void theRecipeOfTheReadmeStartsFusekisOwnCommand() throws Exception {
        Path storeFolder = folder.resolve("store");
        try (GraphStore store = GraphStore.open(storeFolder)) {
            store.replace(Samples.A, new FactMapper().toGraph(Samples.articleA()));
        }
        Path configFile = configFor(storeFolder);
        // The JVM options of the README's command line, as written: what sits between "java" and "-cp".
        String recipe = Files.readAllLines(Path.of("fuseki-config/README.md")).stream()
                .filter(line -> line.contains("FusekiMainCmd") && line.contains("newsgraph.jar") && !line.contains("jena-fuseki-server"))
                .findFirst().orElseThrow().strip();
        List<String> words = List.of(recipe.split("\\s+"));
        assertThat(words.get(0)).isEqualTo("java");
        List<String> jvmOptions = words.subList(1, words.indexOf("-cp"));
        assertThat(words).contains("org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--config");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--config", configFile.toString(), "--port", Integer.toString(port), "--localhost"));
        Path log = folder.resolve("fuseki.log");
        Process fuseki = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI ping = URI.create("http://localhost:" + port + "/$/ping");
            long deadline = System.nanoTime() + 60_000_000_000L;
            boolean up = false;
            while (!up && fuseki.isAlive() && System.nanoTime() < deadline) {
                try {
                    up = http.send(HttpRequest.newBuilder(ping).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(250);
                }
            }
            assertThat(up).as("Fuseki's command is up; its output: %s", Files.readString(log)).isTrue();
            String query = "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f <https://w3id.org/newsgraph/ontology#evidence> ?e }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/newsgraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body().lines().toList()).containsExactly("n", "5");
            assertThat(Files.readString(log)).doesNotContain("NoClassDefFoundError");
        } finally {
            fuseki.destroy();
            fuseki.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
