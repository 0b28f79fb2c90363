package org.newsgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;

/**
 * Serves a store over SPARQL with Fuseki: dataset /newsgraph, queries at /newsgraph/sparql and
 * /newsgraph/query, read-only Graph Store Protocol at /newsgraph/get, /$/ping. Read-only and bound
 * to the loopback interface unless the builder says otherwise.
 */
public final class SparqlServer {

    /** The dataset path. */
    public static final String DATASET = "/newsgraph";

    private final FusekiServer server;

    private SparqlServer(FusekiServer server) {
        this.server = server;
    }

    public static Builder create(GraphStore store) {
        return new Builder(store);
    }

    public SparqlServer start() {
        server.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The query endpoint's URL. */
    public String sparqlUrl(String host) {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    /** Configures a server: port (default 3030, 0 for any free one), host, update endpoint. */
    public static final class Builder {
        private final GraphStore store;
        private int port = 3030;
        private boolean loopback = true;
        private boolean allowUpdate;

        private Builder(GraphStore store) {
            this.store = store;
        }

        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be in [0, 65535], but was: " + port);
            }
            this.port = port;
            return this;
        }

        /** 127.0.0.1 or localhost (the default) binds to loopback; 0.0.0.0 to every interface. */
        public Builder host(String host) {
            switch (host) {
                case "127.0.0.1", "localhost", "::1" -> loopback = true;
                case "0.0.0.0", "*" -> loopback = false;
                default -> throw new IllegalArgumentException("host must be 127.0.0.1 (loopback) or 0.0.0.0 (every interface), but was: " + host);
            }
            return this;
        }

        /** Adds /newsgraph/update. Off by default: the endpoint is read-only. */
        public Builder allowUpdate(boolean allow) {
            this.allowUpdate = allow;
            return this;
        }

        public SparqlServer build() {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enablePing(true)
                    .add(DATASET, dsg, false)
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R);
            if (allowUpdate) {
                fuseki.addEndpoint(DATASET, "update", Operation.Update);
            }
            return new SparqlServer(fuseki.build());
        }
    }
}
