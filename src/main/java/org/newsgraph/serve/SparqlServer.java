package org.newsgraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * Serves a dataset over SPARQL with Fuseki at /newsgraph: queries at /newsgraph/sparql and
 * /newsgraph/query, Graph Store Protocol reads at /newsgraph/get, and /$/ping. Read-only unless
 * updates are allowed, which adds /newsgraph/update. The same server serves the explorer web page
 * at / (see {@link ExplorerServlet}), which queries /newsgraph/sparql from the browser.
 */
public final class SparqlServer {

    /** The dataset's path on the server. */
    public static final String NAME = "/newsgraph";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    /** A builder for a server over {@code dataset} (for a store: GraphStore.dataset()). */
    public static Builder over(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** Starts serving; returns this server. */
    public SparqlServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new org.newsgraph.NewsGraphException("cannot serve on port " + port() + " (" + cause.getMessage()
                    + "): stop the other server or choose another --port", e);
        }
        return this;
    }

    /** The port the server listens on (the actual one when port 0 was asked for). */
    public int port() {
        return server.getPort();
    }

    /** The query endpoint, such as http://127.0.0.1:3030/newsgraph/sparql. */
    public String sparqlUrl() {
        return "http://127.0.0.1:" + port() + NAME + "/sparql";
    }

    /** The explorer web page, such as http://127.0.0.1:3030/. */
    public String explorerUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Stops serving. */
    public void stop() {
        server.stop();
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    /** Configures a {@link SparqlServer}. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private boolean loopback = true;
        private boolean allowUpdate;

        private Builder(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in [0, 65535], but was: " + port);
            }
            this.port = port;
            return this;
        }

        /** Whether to listen on the loopback interface only (the default). */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** The host to listen on: 0.0.0.0 (or ::) for all interfaces, localhost or 127.0.0.1 for loopback only. */
        public Builder host(String host) {
            switch (host.trim()) {
                case "0.0.0.0", "::", "*" -> loopback = false;
                case "localhost", "127.0.0.1", "::1" -> loopback = true;
                default -> throw new IllegalArgumentException("unsupported host '" + host
                        + "': use localhost (loopback only) or 0.0.0.0 (all interfaces)");
            }
            return this;
        }

        /** Whether to add a SPARQL Update endpoint at /newsgraph/update (off by default). */
        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** The server, not yet started. */
        public SparqlServer build() {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            DataService.Builder service = DataService.newBuilder(new UnionDefaultGraph(dataset))
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (allowUpdate) {
                service.addEndpoint(Operation.Update, "update");
            }
            // The explorer: "" is the servlet mapping of the root "/" alone; the other paths are
            // the page's files, Cytoscape.js from its webjar and the canned queries.
            ExplorerServlet explorer = new ExplorerServlet();
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    // Fuseki's own CORS filter with its stock settings, so that YASGUI, a notebook or a
                    // page on another origin can query; updates stay refused by the endpoints themselves.
                    .enableCors(true)
                    .add(NAME, service.build());
            for (String path : new String[] {"", "/index.html", "/explorer/*", "/webjars/*", "/queries/*"}) {
                fuseki.addServlet(path, explorer);
            }
            return new SparqlServer(fuseki.build());
        }
    }

    /**
     * The store as served: its default graph is the union of the article graphs for every
     * operation, so a Graph Store Protocol read of {@code ?default} returns what SPARQL queries see.
     */
    static final class UnionDefaultGraph extends org.apache.jena.sparql.core.DatasetGraphWrapper {
        UnionDefaultGraph(DatasetGraph store) {
            super(store);
        }

        @Override
        public org.apache.jena.graph.Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
