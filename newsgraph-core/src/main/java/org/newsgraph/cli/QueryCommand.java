package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryParameters;
import org.newsgraph.store.QueryRunner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query FILE.rq | --sparql TEXT [--param NAME=VALUE...]}: runs a query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a file, a canned query name such as 'roles', or --sparql TEXT) against the store.")
final class QueryCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "A query file, or the name of a canned query (roles, successions, ...).")
        String file;

        @Option(names = "--sparql", paramLabel = "TEXT", description = "The query text itself.")
        String sparql;
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Bind the query's variable ?NAME (repeatable), e.g. entity=https://w3id.org/newsgraph/id/person/jens-stoltenberg "
                    + "or date=2022-05-01: an IRI, a YYYY-MM-DD date (xsd:date), a term in SPARQL syntax (<IRI>, \"text\"@en, "
                    + "\"2024\"^^xsd:gYear, wd:Q42) or else a string.")
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        String name = source.sparql != null ? "--sparql" : source.file;
        String text = QueryParameters.parse(params).bind(source.sparql != null ? source.sparql : read(source.file));
        QueryRunner.Format chosen = QueryRunner.Format.parse(format);
        Optional<ServerRecord> server = store.server();
        if (server.isPresent()) {
            run(QueryRunner.remote(server.get().baseUrl() + SparqlServer.NAME + "/sparql"), name, text, chosen);
            return 0;
        }
        try (GraphStore graphStore = store.openExisting()) {
            run(new QueryRunner(graphStore.dataset()), name, text, chosen);
        }
        return 0;
    }

    private static void run(QueryRunner runner, String name, String text, QueryRunner.Format format) {
        try {
            runner.run(text, format, System.out);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    private static String read(String file) {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return QueryRunner.canned(file);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
