package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench}: builds a corpus (N copies of it, each copy its own article ids, when
 * asked) into a fresh store and reports the model load time, articles and megabytes per second,
 * triples and peak heap. A measurement, not a test: give it a varied corpus of real articles.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure build speed and memory: build the articles (none: the bundled corpus), N times over if asked, into a temporary store.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--copies", defaultValue = "1", description = "How many copies of the corpus to build (default: ${DEFAULT-VALUE}).")
    int copies;

    @Override
    public Integer call() throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("--copies must be at least 1, but was: " + copies);
        }
        Path work = Files.createTempDirectory("newsgraph-bench");
        try {
            Path corpus = replicate(paths.isEmpty() ? List.of(NewsGraph.bundledCorpus()) : paths, work.resolve("articles"));
            long bytes = size(corpus);
            long loading = System.nanoTime();
            CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
            double loadSeconds = (System.nanoTime() - loading) / 1e9;
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            BuildSummary summary;
            try (GraphStore store = GraphStore.open(work.resolve("store"))) {
                summary = builder.build(List.of(corpus), store, f -> { });
            }
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "articles: %d, facts: %d, triples: %d%n", summary.articlesRead(),
                    summary.factsPerKind().values().stream().mapToLong(Long::longValue).sum(), summary.triples());
            System.out.printf(Locale.ROOT, "model load: %.1f s%n", loadSeconds);
            System.out.printf(Locale.ROOT, "build: %.2f s, %.2f articles/s, %.3f MB/s (%.2f MB), peak heap: %d MiB (max %d MiB), %d processors%n",
                    summary.seconds(), summary.articlesRead() / summary.seconds(), bytes / 1e6 / summary.seconds(), bytes / 1e6,
                    peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
            return 0;
        } finally {
            delete(work);
        }
    }

    /** Copies every article {@code copies} times into {@code target}, copy k's ids ending in "-k". */
    private Path replicate(List<Path> inputs, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (int k = 0; k < copies; k++) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String extension = name.substring(name.lastIndexOf('.'));
                Files.copy(file, target.resolve(ArticleReader.idOf(file) + "-" + k + extension));
            }
        }
        return target;
    }

    /** The bytes of the files under {@code folder}. */
    private static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail the measurement
        }
    }
}
