package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.NewsGraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** Options of the SPARQL server, shared by serve and up. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "127.0.0.1 (default) or 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--allow-update", description = "Also open /newsgraph/update (off: the endpoint is read-only).")
    boolean allowUpdate;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.BASE,
            description = "The base of the IRIs that /id/..., /graph/... and /ontology resolve (default: ${DEFAULT-VALUE}); "
                    + "for a deployment that owns its own domain.")
    String base;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = SparqlServer.DEFAULT_LICENSE,
            description = "The licence of the data, as the VoID description at /.well-known/void states it (default: ${DEFAULT-VALUE}).")
    String license;

    /** The secret of this server's ingest endpoint; it goes only into the owner-only record file. */
    private final String token = ServerRecord.newToken();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query after this many seconds and answer 503 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Refuse a larger request body with 413 (default: ${DEFAULT-VALUE}, 1 MiB).")
    long maxRequestBytes;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Close a connection that sends or reads nothing for this long (default: ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    /**
     * Starts the server, records it in the store folder (so that other commands work through it),
     * prints where it is and an example, and blocks until the process is stopped; on Ctrl-C or a
     * TERM signal it stops serving, removes its record and closes the store.
     */
    void serve(GraphStore store) {
        SparqlServer.Builder builder = SparqlServer.over(store.dataset()).port(port).host(host).allowUpdate(allowUpdate).base(base)
                .license(license).queryTimeout(Duration.ofSeconds(timeoutSeconds)).maxRequestBytes(maxRequestBytes)
                .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds)).ingest(ServedBuild.into(store), token);
        if (!Verbosity.quiet()) {
            builder.requestLog(System.err::println);
        }
        SparqlServer server = builder.build().start();
        ServerRecord record = new ServerRecord(ProcessHandle.current().pid(), server.port(), token);
        record.write(store.folder());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            record.remove(store.folder());
            store.close();
        }, "newsgraph-shutdown"));
        String url = server.sparqlUrl();
        System.out.println("SPARQL endpoint: " + url + (allowUpdate ? "  (updates allowed at /newsgraph/update)" : "  (read-only)"));
        System.out.println("Explorer:        " + server.explorerUrl());
        System.out.println("Linked data:     " + server.explorerUrl() + "id/...  (IRIs under " + base + "), VoID at "
                + server.explorerUrl() + ".well-known/void");
        System.out.println("Limits:          queries stop after " + timeoutSeconds + " s; requests over " + maxRequestBytes
                + " bytes are refused; stalled connections close after " + idleTimeoutSeconds + " s");
        System.out.println("Try:  curl -s " + url + " --data-urlencode 'query=SELECT ?s ?label WHERE { ?s a <https://w3id.org/newsgraph/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 10' -H 'Accept: text/csv'");
        System.out.println("While it serves, 'newsgraph build/query/export/validate' in another terminal work through it.");
        System.out.println("Ctrl-C stops the server; the store stays.");
        server.join();
    }

    /** Fails when a live process already serves {@code store}: TDB2 admits one. */
    static void requireNotServed(Path store) {
        ServerRecord.find(store).ifPresent(other -> {
            throw new NewsGraphException(store + ": already served by process " + other.pid() + " at " + other.baseUrl()
                    + "/; 'newsgraph build' adds articles to it, or stop it first");
        });
    }
}
