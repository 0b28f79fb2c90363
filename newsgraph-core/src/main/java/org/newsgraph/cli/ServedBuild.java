package org.newsgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.NewsGraphException;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.serve.Ingest;
import org.newsgraph.serve.IngestServlet;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.store.GraphStore;

/**
 * A build while the store is served, both ends: the client sends the build's arguments (absolute
 * paths) to the server's private ingest endpoint; the server runs the same {@link CorpusBuilder}
 * in its own JVM, into the store it holds, and answers with the same summary.
 */
final class ServedBuild {

    private static final String PATH = "path";
    private static final String GAZETTEER = "gazetteer";
    private static final String MIN_CONFIDENCE = "min-confidence";
    private static final String ARTICLE_TIMEOUT = "article-timeout";

    private ServedBuild() {
    }

    /** Sends the build to {@code server}; prints its summary and returns the build's exit code. */
    static int send(ServerRecord server, List<Path> inputs, CorpusBuilder.Options options) {
        StringBuilder body = new StringBuilder();
        inputs.forEach(path -> line(body, PATH, path.toAbsolutePath().normalize().toString()));
        options.gazetteers().forEach(path -> line(body, GAZETTEER, path.toAbsolutePath().normalize().toString()));
        line(body, MIN_CONFIDENCE, Double.toString(options.minConfidence()));
        line(body, ARTICLE_TIMEOUT, Long.toString(options.articleTimeout().toSeconds()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + IngestServlet.PATH))
                .header("Authorization", "Bearer " + server.token())
                .header("Content-Type", "text/tab-separated-values;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NewsGraphException("the server of the store (process " + server.pid() + ", port " + server.port()
                    + ") did not take the build: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while the server was building", e);
        }
        if (response.statusCode() != 200) {
            throw new NewsGraphException("the server of the store (process " + server.pid() + ") refused the build: HTTP "
                    + response.statusCode() + " " + response.body().strip().lines().findFirst().orElse(""));
        }
        System.out.println("built by the server of the store (process " + server.pid() + ", port " + server.port() + ")");
        System.out.print(response.body());
        return response.headers().firstValue(IngestServlet.FAILED_HEADER).isPresent() ? NewsGraph.FAILED_CHECK : 0;
    }

    private static void line(StringBuilder body, String name, String value) {
        if (value.contains("\n") || value.contains("\t")) {
            throw new IllegalArgumentException("a path with a tab or a line break cannot be sent to the server: " + value);
        }
        body.append(name).append('\t').append(value).append('\n');
    }

    /**
     * The server's end: builds the sent arguments into {@code store}. A builder (its analysis
     * pipeline and gazetteer) is made once per set of options and kept for the next builds.
     */
    static Ingest into(GraphStore store) {
        Map<CorpusBuilder.Options, CorpusBuilder> builders = new ConcurrentHashMap<>();
        return arguments -> {
            CorpusBuilder.Options options = new CorpusBuilder.Options(paths(arguments, GAZETTEER),
                    Double.parseDouble(one(arguments, MIN_CONFIDENCE, "0")), ArticleReader.DEFAULT_MAX_BYTES,
                    Duration.ofSeconds(Long.parseLong(one(arguments, ARTICLE_TIMEOUT, "120"))));
            List<Path> inputs = paths(arguments, PATH);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no article path sent");
            }
            BuildSummary summary = builders.computeIfAbsent(options, CorpusBuilder::new).build(inputs, store, file -> { });
            return new Ingest.Result(summary.render(), summary.hasErrors());
        };
    }

    private static List<Path> paths(Map<String, List<String>> arguments, String name) {
        return arguments.getOrDefault(name, List.of()).stream().map(Path::of).toList();
    }

    private static String one(Map<String, List<String>> arguments, String name, String otherwise) {
        List<String> values = arguments.getOrDefault(name, List.of());
        return values.isEmpty() ? otherwise : values.get(values.size() - 1);
    }
}
