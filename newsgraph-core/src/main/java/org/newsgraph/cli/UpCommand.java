package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph up [PATH...]}: build, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Build the articles (none: the bundled corpus) into the store, then serve it.")
final class UpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        ServerOptions.requireNotServed(store.store);
        // A build that skipped articles still serves what it built: the summary names what was left out.
        BuildSummary summary = BuildCommand.run(paths, store.store, CorpusBuilder.Options.defaults());
        System.out.print(summary.render());
        try (GraphStore graphStore = GraphStore.open(store.store)) {
            server.serve(graphStore);
        }
        return 0;
    }
}
