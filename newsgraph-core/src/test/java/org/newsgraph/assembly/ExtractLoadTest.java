package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.NewsGraph;
import org.newsgraph.store.GraphStore;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;

/** The two-step path, {@code extract --engine local} then {@code load}, gives the store a build gives. */
class ExtractLoadTest {

    @Test
    void extractThenLoadEqualsBuild(@TempDir Path dir) throws IOException {
        Path extracted = dir.resolve("extracted");
        int extract = NewsGraph.commandLine().execute("extract", "corpus", "--output", extracted.toString());
        int load = NewsGraph.commandLine().execute("load", extracted.toString(), "--store", dir.resolve("loaded").toString());

        assertThat(extract).isZero();
        assertThat(load).isZero();
        assertThat(ExtractedCorpus.graphFiles(extracted)).hasSize(1);
        assertThat(Files.readString(extracted.resolve(ExtractedCorpus.PROBLEMS))).isEmpty();
        try (GraphStore loaded = GraphStore.open(dir.resolve("loaded"));
             GraphStore built = GraphStore.open(dir.resolve("built"))) {
            BuildSummary build = new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), built, f -> { });
            assertThat(build.articlesRead()).isEqualTo(5);
            // A build also keeps its link evidence for later builds; a loaded extraction has none.
            Txn.executeWrite(built.dataset(), () -> {
                built.dataset().removeGraph(LinkIndexMapper.GRAPH);
                built.dataset().removeGraph(LinkInputs.GRAPH);
            });
            assertThat(loaded.graphNames()).isEqualTo(built.graphNames());
            boolean same = Txn.calculateRead(loaded.dataset(), () -> Txn.calculateRead(built.dataset(),
                    () -> IsoMatcher.isomorphic(loaded.dataset(), built.dataset())));
            assertThat(same).as("the loaded store and the built store hold isomorphic datasets").isTrue();
        }
    }

    @Test
    void loadRefusesAStoreThatHoldsGraphs(@TempDir Path dir) {
        Path extracted = dir.resolve("extracted");
        assertThat(NewsGraph.commandLine().execute("extract", "corpus/002_10fb7a53004e7e39.txt", "--output", extracted.toString())).isZero();
        String store = dir.resolve("store").toString();
        assertThat(NewsGraph.commandLine().execute("load", extracted.toString(), "--store", store)).isZero();
        long quads = quads(Path.of(store));

        assertThat(NewsGraph.commandLine().execute("load", extracted.toString(), "--store", store)).isEqualTo(1);
        assertThat(quads(Path.of(store))).isEqualTo(quads);
    }

    private static long quads(Path folder) {
        try (GraphStore store = GraphStore.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        }
    }
}
