package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsGraphException;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "store")
    Path store;

    /** Opens the store a build made; a folder that does not exist is an error, not a new empty store. */
    GraphStore openExisting() {
        if (!Files.isDirectory(store)) {
            throw new NewsGraphException(store + ": no store here; run 'newsgraph build' first or pass --store");
        }
        return GraphStore.open(store);
    }
}
