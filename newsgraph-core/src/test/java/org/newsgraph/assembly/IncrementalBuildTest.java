package org.newsgraph.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.store.GraphStore;

/** Builds into a store that holds articles already: the new articles are linked with those. */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private static Graph copy(GraphStore store, Node name) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void aCorpusBuiltInTwoBatchesGivesTheStoreOfOneBuild() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("eval/second/articles"))) {
            files = listed.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> first = files.subList(0, files.size() / 2);
        List<Path> later = files.subList(files.size() / 2, files.size());
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());

        try (GraphStore halves = GraphStore.open(dir.resolve("halves")); GraphStore whole = GraphStore.open(dir.resolve("whole"))) {
            builder.build(first, halves, f -> { });
            BuildSummary second = builder.build(later, halves, f -> { });
            builder.build(files, whole, f -> { });

            assertThat(second.skipped()).isEmpty();
            assertThat(halves.graphNames()).isEqualTo(whole.graphNames());
            assertSameGraphs(halves, whole);
        }
    }

    @Test
    void surnameInANewArticleBecomesThePersonAnEarlierBuildNamedInFull() throws IOException {
        Path earlier = Files.writeString(dir.resolve("olsen-budget.txt"), "Finance Minister Greta Olsen presented the budget to parliament on Monday.");
        Path later = Files.writeString(dir.resolve("olsen-questioned.txt"), "Later that week, Minister Olsen was questioned by reporters for an hour.");
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
        Node laterGraph = Iris.graph(ArticleReader.idOf(later));

        try (GraphStore store = GraphStore.open(dir.resolve("store")); GraphStore alone = GraphStore.open(dir.resolve("alone"))) {
            builder.build(List.of(earlier), store, f -> { });
            builder.build(List.of(later), store, f -> { });
            builder.build(List.of(later), alone, f -> { });

            assertThat(labels(store, laterGraph)).contains("Greta Olsen");
            assertThat(labels(alone, laterGraph)).doesNotContain("Greta Olsen").contains("Olsen");
        }
    }

    @Test
    void anEarlierArticlesSurnameBecomesThePersonALaterBuildNamesInFull() throws IOException {
        Path earlier = Files.writeString(dir.resolve("olsen-questioned.txt"), "On Friday, Minister Olsen was questioned by reporters for an hour.");
        Path later = Files.writeString(dir.resolve("olsen-budget.txt"), "Finance Minister Greta Olsen presented the budget to parliament on Monday.");
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
        Node earlierGraph = Iris.graph(ArticleReader.idOf(earlier));

        try (GraphStore store = GraphStore.open(dir.resolve("store")); GraphStore whole = GraphStore.open(dir.resolve("whole"))) {
            builder.build(List.of(earlier), store, f -> { });
            assertThat(labels(store, earlierGraph)).doesNotContain("Greta Olsen");
            BuildSummary summary = builder.build(List.of(later), store, f -> { });
            assertThat(summary.relinked()).isEqualTo(1);
            assertThat(summary.render()).contains("1 built before linked again");
            builder.build(List.of(earlier, later), whole, f -> { });

            assertThat(labels(store, earlierGraph)).contains("Greta Olsen");
            assertThat(copy(store, earlierGraph).isIsomorphicWith(copy(whole, earlierGraph))).isTrue();
        }
    }

    @Test
    void anArticleBuiltAgainWithOtherNamesWithdrawsWhatItsEarlierVersionSaid() throws IOException {
        Path named = Files.writeString(dir.resolve("olsen-budget.txt"), "Finance Minister Greta Olsen presented the budget to parliament on Monday.");
        Path surname = Files.writeString(dir.resolve("olsen-questioned.txt"), "On Friday, Minister Olsen was questioned by reporters for an hour.");
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults());
        Node surnameGraph = Iris.graph(ArticleReader.idOf(surname));

        try (GraphStore store = GraphStore.open(dir.resolve("store")); GraphStore fresh = GraphStore.open(dir.resolve("fresh"))) {
            builder.build(List.of(named, surname), store, f -> { });
            assertThat(labels(store, surnameGraph)).contains("Greta Olsen");
            Files.writeString(named, "Finance Minister Hilde Olsen presented the budget to parliament on Monday.");
            BuildSummary again = builder.build(List.of(named), store, f -> { });
            builder.build(List.of(named, surname), fresh, f -> { });

            assertThat(again.relinked()).isEqualTo(1);
            assertThat(labels(store, surnameGraph)).contains("Hilde Olsen").doesNotContain("Greta Olsen");
            assertSameGraphs(store, fresh);
        }
    }

    /** {@code actual} holds the link evidence of {@code expected} and, isomorphic, each of its graphs. */
    private static void assertSameGraphs(GraphStore actual, GraphStore expected) {
        LinkIndexMapper index = new LinkIndexMapper();
        assertThat(index.fromGraph(copy(actual, LinkIndexMapper.GRAPH))).isEqualTo(index.fromGraph(copy(expected, LinkIndexMapper.GRAPH)));
        for (Node graph : expected.graphNames()) {
            assertThat(copy(actual, graph).isIsomorphicWith(copy(expected, graph))).as("graph %s", graph).isTrue();
        }
    }

    private static List<String> labels(GraphStore store, Node graph) {
        return copy(store, graph).find(Node.ANY, RDFS.label.asNode(), Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }
}
