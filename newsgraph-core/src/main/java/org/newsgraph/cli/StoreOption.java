package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.DSP;
import org.newsgraph.NewsGraphException;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option shared by the commands that use a store. TDB2 lets one process
 * open a store; when a live {@code serve} or {@code up} holds it, the commands work through that
 * server instead (see {@link ServerRecord}).
 */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "store")
    Path store;

    /** Opens the store a build made; a folder that does not exist is an error, not a new empty store. */
    GraphStore openExisting() {
        requireStore();
        return GraphStore.open(store);
    }

    /** The live server that holds the store, if one does. */
    Optional<ServerRecord> server() {
        return ServerRecord.find(store);
    }

    /**
     * The store to read: opened directly, or, when a server holds it, the server's last commit
     * read over the Graph Store Protocol as quads.
     */
    Readable openForReading() {
        requireStore();
        Optional<ServerRecord> server = server();
        if (server.isEmpty()) {
            GraphStore opened = GraphStore.open(store);
            return new Readable(opened.dataset(), opened);
        }
        String url = server.get().baseUrl() + SparqlServer.NAME + "/get";
        try {
            DatasetGraph snapshot = DSP.service(url).accept(Lang.NQUADS).GET();
            // The server's default graph is the union of the article graphs; the store keeps every triple in a named graph.
            snapshot.getDefaultGraph().clear();
            return new Readable(snapshot, null);
        } catch (RuntimeException e) {
            throw new NewsGraphException(store + ": served by process " + server.get().pid() + " at " + url
                    + ", which did not answer (" + e.getMessage() + ")", e);
        }
    }

    private void requireStore() {
        if (!Files.isDirectory(store)) {
            throw new NewsGraphException(store + ": no store here; run 'newsgraph build' first or pass --store");
        }
    }

    /** A dataset to read, and the store to close afterwards when it was opened directly. */
    record Readable(DatasetGraph dataset, GraphStore opened) implements AutoCloseable {
        @Override
        public void close() {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
