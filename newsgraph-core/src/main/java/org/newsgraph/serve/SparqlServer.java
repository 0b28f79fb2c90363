package org.newsgraph.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.newsgraph.rdf.Iris;

/**
 * Serves a dataset over SPARQL with Fuseki at /newsgraph: queries at /newsgraph/sparql and
 * /newsgraph/query, Graph Store Protocol reads at /newsgraph/get, and /$/ping. Read-only unless
 * updates are allowed, which adds /newsgraph/update; CORS as stock Fuseki sends it. A query stops
 * at the timeout or as soon as its client hangs up. The same server serves the explorer web page
 * at / (see {@link ExplorerServlet}), which queries /newsgraph/sparql from the browser; resolves
 * NewsGraph's IRIs at /id/..., /graph/... and /ontology (see {@link LinkedDataServlet}); and
 * describes itself: VoID at /.well-known/void, a SPARQL Service
 * Description at the query endpoints when they are asked without a query.
 */
public final class SparqlServer {

    /** The dataset's path on the server. */
    public static final String NAME = "/newsgraph";

    /** The licence the VoID description states for the data unless told otherwise: NewsGraph's own. */
    public static final String DEFAULT_LICENSE = "http://spdx.org/licenses/GPL-3.0-or-later";

    /** How long a query may run before the server stops it, unless told otherwise. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    /** The largest request body the server reads, unless told otherwise: 1 MiB, far above any real query. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

    /** How long a connection may send or take nothing before the server closes it, unless told otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer server;
    private final DisconnectWatcher disconnects;
    private final CancellingQueryProcessor queries;

    private SparqlServer(FusekiServer server, DisconnectWatcher disconnects, CancellingQueryProcessor queries) {
        this.server = server;
        this.disconnects = disconnects;
        this.queries = queries;
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
        try {
            server.stop();
        } finally {
            disconnects.close();
        }
    }

    /** How many queries the endpoints are answering now. */
    int runningQueries() {
        return queries.running();
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
        private String base = Iris.BASE;
        private String license = DEFAULT_LICENSE;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private IngestServlet ingest;
        private RequestLog.Writer requestLog;

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

        /**
         * The base of the IRIs the server resolves (default {@value Iris#BASE}): a GET of
         * {@code /id/...}, {@code /graph/...} or {@code /ontology} answers for that path under the
         * base. A deployment that owns its domain (and builds its store under it) sets its own.
         */
        public Builder base(String base) {
            IRIx iri;
            try {
                iri = IRIx.create(base);
            } catch (IRIException e) {
                throw new IllegalArgumentException("--base must be an absolute http(s) IRI ending in '/', but was: " + base, e);
            }
            if (!iri.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://")) || !base.endsWith("/")
                    || base.contains("?") || base.contains("#")) {
                throw new IllegalArgumentException("--base must be an absolute http(s) IRI ending in '/', but was: " + base);
            }
            this.base = base;
            return this;
        }

        /** The licence of the data, an IRI, as the VoID description states it (default {@value SparqlServer#DEFAULT_LICENSE}). */
        public Builder license(String license) {
            try {
                if (!IRIx.create(license).isAbsolute()) {
                    throw new IllegalArgumentException("--license must be an absolute IRI, but was: " + license);
                }
            } catch (IRIException e) {
                throw new IllegalArgumentException("--license must be an absolute IRI, but was: " + license, e);
            }
            this.license = license;
            return this;
        }

        /**
         * How long a query may run (default 30 s): past it ARQ cancels the query's iterators, the
         * client gets an error, and the thread is free again. A query whose client hangs up is
         * cancelled at once (see {@link DisconnectWatcher}).
         */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = positive(timeout, "--timeout");
            return this;
        }

        /** The largest request body read (default 1 MiB); a larger one is refused with 413. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("--max-request-bytes must be positive, but was: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * How long a connection may stall, sending or reading nothing, before it is closed (default
         * 10 s), so that clients that stop mid-request cannot hold the server's threads.
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "--idle-timeout");
            return this;
        }

        /**
         * Opens the private ingest endpoint ({@code POST /$/ingest}, loopback and {@code token}
         * only), through which a build run while the store is served hands its articles over.
         */
        public Builder ingest(Ingest builds, String token) {
            this.ingest = new IngestServlet(builds, token);
            return this;
        }

        /**
         * Writes one line per request to {@code lines}: Jetty's request log in the common log
         * format (client, time, request line, status, bytes) and the milliseconds it took. None by
         * default.
         */
        public Builder requestLog(Consumer<String> lines) {
            this.requestLog = lines::accept;
            return this;
        }

        private static Duration positive(Duration duration, String option) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(option + " must be positive, but was: " + duration);
            }
            return duration;
        }

        /**
         * A query endpoint whose queries ARQ stops at the timeout (Fuseki reads it from the
         * endpoint's context, in ms) or when their client hangs up.
         */
        private Endpoint queryEndpoint(String name, CancellingQueryProcessor queries) {
            Context context = Context.create().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            return Endpoint.create().operation(Operation.Query).endpointName(name).context(context).processor(queries).build();
        }

        /** The server, not yet started. */
        public SparqlServer build() {
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            DisconnectWatcher disconnects = new DisconnectWatcher();
            CancellingQueryProcessor queries = new CancellingQueryProcessor(disconnects);
            DataService.Builder service = DataService.newBuilder(ServedDataset.over(dataset))
                    .addEndpoint(queryEndpoint("sparql", queries))
                    .addEndpoint(queryEndpoint("query", queries))
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
            // Linked data: NewsGraph's IRIs resolve, and the server describes itself.
            LinkedDataServlet linkedData = new LinkedDataServlet(dataset, base);
            for (String path : new String[] {"/id/*", "/graph/*", "/ontology"}) {
                fuseki.addServlet(path, linkedData);
            }
            SelfDescription self = new SelfDescription(dataset, base, license);
            VoidServlet voidServlet = new VoidServlet(self);
            fuseki.addServlet("/.well-known/void", voidServlet).addServlet("/void", voidServlet);
            ServiceDescriptionFilter serviceDescription = new ServiceDescriptionFilter(self);
            fuseki.addFilter(NAME + "/sparql", serviceDescription).addFilter(NAME + "/query", serviceDescription);
            fuseki.addFilter(NAME + "/*", new RequestSizeLimit(maxRequestBytes));
            if (ingest != null) {
                fuseki.addServlet(IngestServlet.PATH, ingest);
            }
            FusekiServer built = fuseki.build();
            if (requestLog != null) {
                built.getJettyServer().setRequestLog(new CustomRequestLog(requestLog, CustomRequestLog.NCSA_FORMAT + " %{ms}T"));
            }
            for (Connector connector : built.getJettyServer().getConnectors()) {
                if (connector instanceof AbstractConnector network) {
                    network.setIdleTimeout(idleTimeout.toMillis());
                }
            }
            return new SparqlServer(built, disconnects, queries);
        }
    }
}
