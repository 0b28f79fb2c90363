package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = "store")
    Path store;
}
