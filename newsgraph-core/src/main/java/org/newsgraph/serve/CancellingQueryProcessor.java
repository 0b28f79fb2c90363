package org.newsgraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query processor, except that a query whose client hangs up is cancelled, as the
 * timeout cancels it: each query gets a cancel signal of its own in its context (ARQ's iterators
 * check it as they go), which the {@link DisconnectWatcher} sets when the client goes. Thread-safe.
 */
final class CancellingQueryProcessor extends SPARQL_QueryDataset {

    /** The request attribute holding the watch of the request's query. */
    private static final String WATCH = CancellingQueryProcessor.class.getName() + ".watch";

    private final DisconnectWatcher watcher;
    private final AtomicInteger running = new AtomicInteger();

    CancellingQueryProcessor(DisconnectWatcher watcher) {
        this.watcher = watcher;
    }

    /** How many queries are being answered now. */
    int running() {
        return running.get();
    }

    /** Watches the client from when the request has been read whole: the query is about to run. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // The action's context is the request's own copy of the endpoint's; the query's is copied from it.
        AtomicBoolean cancel = new AtomicBoolean();
        action.getContext().set(ARQConstants.symCancelQuery, cancel);
        action.getRequest().setAttribute(WATCH, watcher.watch(action.getRequest(), () -> cancel.set(true)));
        running.incrementAndGet();
        return super.createQueryExec(action, query, dataset);
    }

    /** Stops watching once the answer is written (or has failed), before Jetty reads the connection again. */
    @Override
    protected void executeLifecycle(HttpAction action) {
        try {
            super.executeLifecycle(action);
        } finally {
            if (action.getRequest().getAttribute(WATCH) instanceof DisconnectWatcher.Watch watch) {
                action.getRequest().removeAttribute(WATCH);
                watch.close();
                running.decrementAndGet();
            }
        }
    }
}
