package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.eval.ProducedFacts;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph eval --gold DIR [PATH...]}: scores extraction against annotated gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Build the articles (none: the bundled corpus) into a temporary store and score the facts against gold TSV files.",
                "With -v, also list every missed and every spurious fact."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with roles.tsv, successions.tsv, endorsements.tsv, spending-targets.tsv.")
    Path gold;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();


    @Mixin
    ArticleTimeoutOption articleTimeout;

    @Override
    public Integer call() {
        List<Path> articles = paths.isEmpty() ? List.of(NewsGraph.bundledCorpus()) : paths;
        CorpusBuilder.Options options = CorpusBuilder.Options.defaults().withArticleTimeout(articleTimeout.duration());
        System.out.print(run(gold, articles, options).render(Verbosity.level().compareTo(Verbosity.Level.VERBOSE) >= 0));
        return 0;
    }

    /** Builds {@code articles} with {@code options} in a temporary store and scores them against the gold in {@code goldDir}. */
    static Evaluator.Report run(Path goldDir, List<Path> articles, CorpusBuilder.Options options) {
        var gold = GoldReader.read(goldDir);
        Path temp = null;
        try {
            temp = Files.createTempDirectory("newsgraph-eval");
            try (GraphStore store = GraphStore.open(temp)) {
                BuildSummary summary = new CorpusBuilder(options).build(articles, store, f -> { });
                // Skipped articles count as producing nothing: say which, so a low score can be read.
                summary.skipped().forEach(problem -> System.err.println("skipped " + problem));
                return new Evaluator().evaluate(gold, ProducedFacts.read(store));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(temp);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no reason to fail the evaluation
        }
    }
}
