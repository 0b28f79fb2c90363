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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.assembly.BuildSummary;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.assembly.ExtractedCorpus;
import org.newsgraph.assembly.ExtractionEngine;
import org.newsgraph.assembly.ExtractionRequest;
import org.newsgraph.assembly.ExtractionSummary;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.BulkLoader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench}: measures, in a temporary folder, one of: a build (the default), an
 * extraction with an engine ({@code --mode extract}), a bulk load of an extraction
 * ({@code --mode load}), or a build of new articles into a store that holds others already, against
 * the same build into an empty store ({@code --mode incremental}); reports the model load time, articles (or quads) per second and peak
 * heap. The corpus is the given articles (N copies of them when asked, each copy its own article
 * ids), or a generated corpus of varied articles ({@code --generate N}). A measurement, not a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory of a build, an extraction or a load, in a temporary folder.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files or folders (none: the bundled corpus); with --mode load, the folder of an extraction.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--copies", defaultValue = "1", description = "How many copies of the corpus to build (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--generate", paramLabel = "N", defaultValue = "0",
            description = "Measure on N generated, varied articles of 2-4 KB instead of the given ones.")
    int generate;

    @Option(names = "--mode", defaultValue = "build", description = "build, extract, load or incremental (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--engine", defaultValue = "local", description = "Engine of --mode extract: local or spark (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master of --engine spark (default: local[*]).")
    Optional<String> master;

    @Option(names = "--loader", paramLabel = "KIND", defaultValue = "phased", description = "Loader of --mode load: basic, phased or parallel (default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--into", paramLabel = "M", defaultValue = "1000",
            description = "With --mode incremental: how many other generated articles the store holds first (default: ${DEFAULT-VALUE}).")
    int into;

    @Option(names = "--keep", paramLabel = "DIR", description = "With --mode extract: write the extraction here and keep it (for --mode load).")
    Optional<Path> keep;

    @Override
    public Integer call() throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("--copies must be at least 1, but was: " + copies);
        }
        Path work = Files.createTempDirectory("newsgraph-bench");
        try {
            return switch (mode) {
                case "build" -> build(work);
                case "extract" -> extract(work);
                case "load" -> load(work);
                case "incremental" -> incremental(work);
                default -> throw new IllegalArgumentException("--mode must be build, extract, load or incremental, but was: " + mode);
            };
        } finally {
            delete(work);
        }
    }

    private int build(Path work) throws IOException {
        Path corpus = corpus(work);
        long bytes = size(corpus);
        long loading = System.nanoTime();
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        BuildSummary summary;
        try (GraphStore store = GraphStore.open(work.resolve("store"))) {
            summary = builder.build(List.of(corpus), store, f -> { });
        }
        System.out.printf(Locale.ROOT, "articles: %d, facts: %d, triples: %d%n", summary.articlesRead(),
                summary.factsPerKind().values().stream().mapToLong(Long::longValue).sum(), summary.triples());
        summary.skipped().forEach(problem -> System.out.println("  skipped " + problem));
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "build: %.2f s, %.2f articles/s, %.3f MB/s (%.2f MB), %s, %s%n",
                summary.seconds(), summary.articlesRead() / summary.seconds(), bytes / 1e6 / summary.seconds(), bytes / 1e6,
                cpu(cpu, summary.articlesRead()), heap());
        return 0;
    }

    /**
     * Builds the new articles ({@code --generate N}) into a store of {@code --into M} other generated
     * articles, and the same articles into an empty store, and compares the two.
     */
    private int incremental(Path work) throws IOException {
        if (generate < 1 || into < 1) {
            throw new IllegalArgumentException("--mode incremental needs --generate N and --into M, both at least 1");
        }
        Path older = work.resolve("older");
        Path added = work.resolve("added");
        BenchCorpus corpus = new BenchCorpus(generate + into);
        corpus.write(older, into);
        corpus.write(added, generate, "new-");
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
        try (GraphStore full = GraphStore.open(work.resolve("full")); GraphStore empty = GraphStore.open(work.resolve("empty"))) {
            BuildSummary first = builder.build(List.of(older), full, f -> { });
            System.out.printf(Locale.ROOT, "store: %d articles built in %.1f s, %d triples%n", first.articlesRead(), first.seconds(), first.triples());
            double alone = timedBuild("into an empty store", builder, added, empty);
            double onto = timedBuild("into the store of " + first.articlesRead(), builder, added, full);
            System.out.printf(Locale.ROOT, "ratio: %.2f (time into the store / time into an empty one)%n", onto / alone);
        }
        return 0;
    }

    /** Builds {@code articles} into {@code store}, prints what it cost, and gives the seconds. */
    private static double timedBuild(String what, CorpusBuilder builder, Path articles, GraphStore store) {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        BuildSummary summary = builder.build(List.of(articles), store, f -> { });
        System.out.printf(Locale.ROOT, "%d new articles %s: %.2f s, %.2f articles/s, %s, %s%n", summary.articlesRead(), what,
                summary.seconds(), summary.articlesRead() / summary.seconds(), cpu(cpu, summary.articlesRead()), heap());
        return summary.seconds();
    }

    private int extract(Path work) throws IOException {
        Path corpus = corpus(work);
        Path output = keep.orElse(work.resolve("extracted"));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = cpuNanos();
        ExtractionSummary summary = ExtractionEngine.named(engine).extract(new ExtractionRequest(List.of(corpus.toString()),
                output.toString(), CorpusBuilder.Options.defaults(), master));
        System.out.printf(Locale.ROOT, "extract (%s%s): %d articles, %d skipped, %d quads, %.2f s (model load included), %.2f articles/s, %s, %s%n",
                engine, master.map(m -> " " + m).orElse(""), summary.articles(), summary.skipped().size(), summary.quads(),
                summary.seconds(), summary.articles() / summary.seconds(), cpu(cpu, summary.articles()), heap());
        summary.skipped().forEach(problem -> System.out.println("  skipped " + problem));
        return 0;
    }

    private int load(Path work) {
        if (paths.size() != 1) {
            throw new IllegalArgumentException("--mode load measures one extraction folder, but was given: " + paths);
        }
        BulkLoader.Kind kind = LoadCommand.kind(loader);
        List<Path> files = ExtractedCorpus.graphFiles(paths.get(0));
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        BulkLoader.Loaded loaded;
        try (GraphStore store = GraphStore.open(work.resolve("store"))) {
            loaded = BulkLoader.load(store, files, kind, CorpusBuilder.derivedGraphs());
        }
        System.out.printf(Locale.ROOT, "load (%s): %d quads, bulk load %.2f s (%.0f quads/s), derived graphs %.2f s, in all %.0f quads/s, %s%n",
                kind.label(), loaded.quads(), loaded.loadSeconds(), loaded.quads() / loaded.loadSeconds(), loaded.derivedSeconds(),
                loaded.quadsPerSecond(), heap());
        return 0;
    }

    /** The articles to measure on: generated, or copied from the given paths. */
    private Path corpus(Path work) throws IOException {
        if (generate > 0) {
            new BenchCorpus(generate).write(work.resolve("articles"), generate);
            return work.resolve("articles");
        }
        return replicate(paths.isEmpty() ? List.of(NewsGraph.bundledCorpus()) : paths, work.resolve("articles"));
    }

    /** The CPU time this process has used so far (all its threads), in nanoseconds. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The CPU time used since {@code since}, in all and per article, in words. */
    private static String cpu(long since, long articles) {
        double seconds = (cpuNanos() - since) / 1e9;
        return String.format(Locale.ROOT, "cpu: %.1f s (%.2f CPU-s per article)", seconds, seconds / Math.max(1, articles));
    }

    /** The peak heap since the last reset, the maximum heap and the processors, in words. */
    private static String heap() {
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return String.format(Locale.ROOT, "peak heap: %d MiB (max %d MiB), %d processors", peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
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
