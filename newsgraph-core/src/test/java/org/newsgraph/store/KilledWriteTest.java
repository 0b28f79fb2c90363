package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.testing.Samples;
import org.newsgraph.wikidata.WikidataMapper;

/**
 * A write of a batch of articles with the graphs derived from them (the ontology, the Wikidata
 * statements), as a build or a server's ingest writes it ({@link GraphStore#replace(Stream, List)}),
 * in a child JVM killed with {@code kill -9} at random moments of its write, 20 times: each time
 * the store opens and holds the old state or the new one, complete, never a mix.
 */
class KilledWriteTest {

    private static final int OLD_ARTICLES = 2;
    private static final int NEW_ARTICLES = 100;

    @TempDir
    Path folder;

    /** The child process: writes {@code NEW_ARTICLES} article graphs and the derived graphs into the store at args[0]. */
    public static void main(String[] args) {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            System.out.println("writing");
            System.out.flush();
            write(store, NEW_ARTICLES);
        }
        System.out.println("committed");
    }

    /** Writes {@code copies} article graphs mapped from the samples, then the derived graphs, in one transaction. */
    static void write(GraphStore store, int copies) {
        FactMapper mapper = new FactMapper();
        List<ArticleFacts> samples = List.of(Samples.articleA(), Samples.articleC());
        Stream<Map.Entry<String, Graph>> articles = Stream.iterate(0, i -> i < copies, i -> i + 1)
                .map(i -> Map.entry("article-" + i, mapper.toGraph(samples.get(i % samples.size()))));
        store.replace(articles, List.of(new GraphStore.DerivedGraph(Ontology.GRAPH, union -> Ontology.graph()),
                new WikidataMapper().derivedGraph()));
    }

    @Test
    void aWriteKilledAtAnyMomentLeavesTheOldOrTheNewStateWhole() throws Exception {
        Path old = folder.resolve("old");
        try (GraphStore store = GraphStore.open(old)) {
            write(store, OLD_ARTICLES);
        }
        Path whole = folder.resolve("new");
        copy(old, whole);
        long runMillis = runWriter(whole, -1);
        assertThat(runMillis).isNotNegative();
        Map<Node, Long> oldState = state(old);
        Map<Node, Long> newState = state(whole);
        assertThat(newState).isNotEqualTo(oldState);

        Random random = new Random(20261130L);
        int sawOld = 0;
        int sawNew = 0;
        for (int i = 0; i < 20; i++) {
            Path killed = folder.resolve("killed-" + i);
            copy(old, killed);
            runWriter(killed, (long) (random.nextDouble() * runMillis * 1.3));
            Map<Node, Long> state = state(killed);
            assertThat(state).as("kill %d", i).isIn(oldState, newState);
            if (state.equals(oldState)) {
                sawOld++;
            } else {
                sawNew++;
            }
        }
        System.out.printf("killed writes: %d left the old state, %d the new (a whole write takes %d ms after the store is open)%n", sawOld, sawNew, runMillis);
    }

    /** Triples per named graph, read from the store (which must open). */
    private static Map<Node, Long> state(Path store) {
        try (GraphStore opened = GraphStore.open(store)) {
            return Txn.calculateRead(opened.dataset(), () -> {
                Map<Node, Long> sizes = new LinkedHashMap<>();
                for (Node name : opened.graphNames()) {
                    sizes.put(name, (long) opened.dataset().getGraph(name).size());
                }
                return sizes;
            });
        }
    }

    /**
     * Runs the writer in its own JVM and kills it {@code killAfterMillis} after it starts writing
     * (negative: never). Returns how long it wrote, in ms, or -1 when it did not commit.
     */
    private static long runWriter(Path store, long killAfterMillis) throws IOException, InterruptedException {
        Path log = store.resolveSibling(store.getFileName() + ".log");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), KilledWriteTest.class.getName(), store.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        while (writer.isAlive() && !Files.readString(log).contains("writing")) {
            Thread.sleep(10);
        }
        long writing = System.nanoTime();
        if (killAfterMillis >= 0 && !writer.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        }
        assertThat(writer.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return Files.readString(log).contains("committed") ? TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writing) : -1;
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.sorted(Comparator.naturalOrder()).toList());
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(target);
            } else {
                Files.copy(file, target);
            }
        }
    }
}
