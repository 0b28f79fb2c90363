package org.newsgraph.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphStore;

/**
 * Builds invented articles one write at a time into a real TDB2 store, with people linked to
 * fake Wikidata ids by a test-only gazetteer, and checks that the Wikidata graph each write
 * leaves, rewritten only for the people it touches, is the graph the whole store gives.
 */
class WikidataGraphUpdateTest {

    private static final Path GAZETTEER = Path.of(System.getProperty("basedir", "."),
            "src/test/resources/org/newsgraph/wikidata/test-gazetteer.tsv");
    private final Node kern = Wikibase.entity("Q999000001");
    private final Node positionHeld = Wikibase.property(Wikibase.WDT, Wikibase.POSITION_HELD);

    @TempDir
    Path dir;

    private final CorpusBuilder builder = new CorpusBuilder(new CorpusBuilder.Options(List.of(GAZETTEER), 0, ArticleReader.DEFAULT_MAX_BYTES));

    @Test
    void eachWriteLeavesTheGraphTheWholeStoreGives() throws IOException {
        Path handover = write("handover.txt", """
                ---
                url: https://example.org/news/handover
                ---
                Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.

                Olaf Brun became Secretary General of NATO in March 2027.
                """);
        Path profile = write("profile.txt", "Norwegian Prime Minister Mira Solberg met Ada Kern in Oslo on Monday.");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder.build(List.of(handover), store, f -> { });
            assertThat(stored(store).find(kern, positionHeld, Node.ANY).toList()).hasSize(1);
            assertMatchesWholeStore(store);

            builder.build(List.of(profile), store, f -> { });
            assertMatchesWholeStore(store);

            write("handover.txt", "Olaf Brun became Secretary General of NATO in March 2027.");
            builder.build(List.of(handover), store, f -> { });
            assertThat(stored(store).find(kern, positionHeld, Node.ANY).toList())
                    .as("Kern's holding is gone with the text that stated it").isEmpty();
            assertMatchesWholeStore(store);
        }
    }

    @Test
    void aStatementWrittenAwayTakesItsReferenceAndValueNodesWithIt() throws IOException {
        Path single = write("single.txt", "Mira Solberg became Secretary General of NATO in May 2029.");
        Node solberg = Wikibase.entity("Q999000003");
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            builder.build(List.of(single), store, f -> { });
            assertThat(stored(store).find(solberg, positionHeld, Node.ANY).toList()).hasSize(1);
            assertThat(stored(store).size()).isGreaterThan(10);
            write("single.txt", "Mira Solberg visited Oslo in May 2029.");
            builder.build(List.of(single), store, f -> { });
            assertThat(stored(store).isEmpty()).as("no statement, reference or value node is left").isTrue();
            assertMatchesWholeStore(store);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertMatchesWholeStore(GraphStore store) {
        Graph whole = new WikidataMapper().toGraph(store.dataset());
        assertThat(stored(store).isIsomorphicWith(whole)).as("the stored Wikidata graph is the whole store's").isTrue();
    }

    private static Graph stored(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(WikidataMapper.GRAPH).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
