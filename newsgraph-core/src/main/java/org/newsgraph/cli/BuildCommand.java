package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.serve.ServerRecord;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code newsgraph build [PATH...]}: extracts articles into the store, one named graph each. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Extract facts from articles (files or folders; none: the bundled corpus) into a TDB2 store.")
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files (.txt, .md, .html) or folders.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    StoreOption store;

    @Mixin
    BuildOptions build;

    @Override
    public Integer call() {
        CorpusBuilder.Options options = build.options();
        Optional<ServerRecord> server = store.server();
        if (server.isPresent()) {
            return ServedBuild.send(server.get(), inputs(paths), options);
        }
        BuildSummary summary = run(paths, store.store, options);
        System.out.print(summary.render());
        return summary.hasErrors() ? NewsGraph.FAILED_CHECK : 0;
    }

    /** The paths to build: those given, or the bundled corpus. */
    static List<Path> inputs(List<Path> paths) {
        return paths.isEmpty() ? List.of(NewsGraph.bundledCorpus()) : paths;
    }

    static BuildSummary run(List<Path> paths, Path storeDir, CorpusBuilder.Options options) {
        List<Path> inputs = inputs(paths);
        CorpusBuilder builder = new CorpusBuilder(options);
        try (GraphStore graphStore = GraphStore.open(storeDir)) {
            if (System.console() == null || Verbosity.quiet()) {
                return builder.build(inputs, graphStore, file -> { });
            }
            try (ProgressBar bar = new ProgressBar("articles", -1)) {
                Consumer<Path> progress = file -> bar.step();
                return builder.build(inputs, graphStore, progress);
            }
        }
    }
}
