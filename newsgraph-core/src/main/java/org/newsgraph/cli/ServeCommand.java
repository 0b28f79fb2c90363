package org.newsgraph.cli;

import java.util.concurrent.Callable;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph serve}: serves the store over SPARQL until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store read-only over SPARQL at http://HOST:PORT/newsgraph/sparql.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        ServerOptions.requireNotServed(store.store);
        try (GraphStore graphStore = store.openExisting()) {
            server.serve(graphStore);
        }
        return 0;
    }
}
