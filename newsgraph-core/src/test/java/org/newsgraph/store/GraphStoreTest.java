package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.testing.Samples;

class GraphStoreTest {

    @TempDir
    Path folder;

    private final FactMapper mapper = new FactMapper();

    private Map<String, Graph> graphs(ArticleFacts... articles) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (ArticleFacts facts : articles) {
            graphs.put(facts.article().id(), mapper.toGraph(facts));
        }
        return graphs;
    }

    private static Set<Quad> quads(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> Set.copyOf(Iter.toList(store.dataset().find())));
    }

    @Test
    void replacingTwiceGivesTheSameStore() {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA(), Samples.articleB(), Samples.articleC()));
            Set<Quad> first = quads(store);
            long triples = store.tripleCount();
            store.replace(graphs(Samples.articleA(), Samples.articleB(), Samples.articleC()));
            assertThat(quads(store)).isEqualTo(first);
            assertThat(store.tripleCount()).isEqualTo(triples);
            assertThat(store.graphCount()).isEqualTo(3);
            assertThat(store.graphNames()).containsExactly(Iris.graph(Samples.A), Iris.graph(Samples.B),
                    Iris.graph("article-c"));
        }
    }

    @Test
    void replacingOneArticleKeepsTheOthers() {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA(), Samples.articleB()));
            Graph b = mapper.toGraph(Samples.articleB());
            store.replace(Samples.A, mapper.toGraph(Samples.articleC()));
            Txn.executeRead(store.dataset(), () -> {
                assertThat(store.dataset().getGraph(Iris.graph(Samples.B)).isIsomorphicWith(b)).isTrue();
                assertThat(store.dataset().getGraph(Iris.graph(Samples.A))
                        .isIsomorphicWith(mapper.toGraph(Samples.articleC()))).isTrue();
            });
            assertThat(store.graphCount()).isEqualTo(2);
        }
    }

    @Test
    void anExceptionInsideTheWriteLeavesTheStoreAsItWas() {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA(), Samples.articleB()));
            Set<Quad> before = quads(store);
            Map<String, Graph> broken = new LinkedHashMap<>(graphs(Samples.articleC()));
            broken.put(Samples.A, new FailingGraph(mapper.toGraph(Samples.articleC())));
            assertThatThrownBy(() -> store.replace(broken)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("nothing was changed").hasMessageContaining("disk on fire");
            assertThat(quads(store)).isEqualTo(before);
            assertThat(store.graphCount()).isEqualTo(2);
        }
    }

    /** A derived graph holding one triple per article graph it saw: which articles the derivation read. */
    private static GraphStore.DerivedGraph articleCounter(Node name) {
        return new GraphStore.DerivedGraph(name, union -> {
            Graph counted = GraphFactory.createDefaultGraph();
            union.find(Node.ANY, RDF.Nodes.type, Node.ANY)
                    .filterKeep(t -> t.getObject().getURI().endsWith("#Article"))
                    .forEachRemaining(t -> counted.add(t.getSubject(), RDF.Nodes.type, t.getObject()));
            return counted;
        });
    }

    @Test
    void aDerivedGraphIsRewrittenFromTheArticlesOfTheSameTransaction() {
        Node derived = Iris.graph("derived");
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA()).entrySet().stream(), List.of(articleCounter(derived)));
            store.replace(graphs(Samples.articleB()).entrySet().stream(), List.of(articleCounter(derived)));
            Txn.executeRead(store.dataset(), () -> assertThat(store.dataset().getGraph(derived).size()).isEqualTo(2));
        }
    }

    @Test
    void aFailingDerivationLeavesArticlesAndDerivedGraphAsTheyWere() {
        Node derived = Iris.graph("derived");
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA()).entrySet().stream(), List.of(articleCounter(derived)));
            Set<Quad> before = quads(store);
            GraphStore.DerivedGraph failing = new GraphStore.DerivedGraph(derived, union -> {
                throw new IllegalStateException("derivation broke");
            });
            assertThatThrownBy(() -> store.replace(graphs(Samples.articleB()).entrySet().stream(), List.of(failing)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void theUnionDefaultGraphSeesAllArticlesAndMergesFacts() {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA(), Samples.articleB(), Samples.articleC()));
            QueryRunner runner = new QueryRunner(store.dataset());
            List<QuerySolution> rows = new ArrayList<>();
            runner.select("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    SELECT ?f (COUNT(DISTINCT ?e) AS ?evidence) (COUNT(DISTINCT ?a) AS ?articles)
                    { ?f a ng:RoleHolding ; ng:holder ?p ; ng:evidence ?e . ?e ng:article ?a }
                    GROUP BY ?f ORDER BY DESC(?evidence)""").forEachRemaining(rows::add);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getLiteral("evidence").getInt()).isEqualTo(3);
            assertThat(rows.get(0).getLiteral("articles").getInt()).isEqualTo(2);
            assertThat(runner.ask("""
                    PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                    ASK { ?f a ng:SpendingTarget ; ng:deadline "2030"^^<http://www.w3.org/2001/XMLSchema#gYear> ,
                                                              "2031"^^<http://www.w3.org/2001/XMLSchema#gYear> }""")).isTrue();
            long triplesInGraphs = Txn.calculateRead(store.dataset(), () -> Iter.toList(store.dataset().find()).stream()
                    .map(Quad::asTriple).distinct().count());
            assertThat(store.tripleCount()).isEqualTo(triplesInGraphs);
        }
    }

    @Test
    void theStoreSurvivesReopening() {
        Path path = folder.resolve("store");
        Set<Quad> before;
        try (GraphStore store = GraphStore.open(path)) {
            store.replace(graphs(Samples.articleA()));
            before = quads(store);
        }
        try (GraphStore store = GraphStore.open(path)) {
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void queryResultsAreWrittenInEachFormat() {
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replace(graphs(Samples.articleA()));
            QueryRunner runner = new QueryRunner(store.dataset());
            String query = "SELECT ?id { ?a <https://w3id.org/newsgraph/ontology#articleId> ?id }";
            for (QueryRunner.Format format : QueryRunner.Format.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                runner.run(query, format, out);
                assertThat(out.toString(StandardCharsets.UTF_8)).as(format.name()).contains("article-a");
            }
            assertThat(QueryRunner.Format.parse("Json")).isEqualTo(QueryRunner.Format.JSON);
            assertThatThrownBy(() -> QueryRunner.Format.parse("xml")).hasMessageContaining("use table, csv, tsv or json");
            assertThatThrownBy(() -> runner.select("SELECT ?x {")).hasMessageStartingWith("SPARQL syntax error");
            assertThatThrownBy(() -> QueryRunner.canned("nope")).hasMessageContaining("no canned query named 'nope'");
        }
    }

    /** A graph that fails while it is being read, as a disk or a bug might. */
    private static final class FailingGraph extends GraphWrapper {
        FailingGraph(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o).mapWith(t -> {
                if (t.getPredicate().equals(org.apache.jena.vocabulary.RDF.type.asNode())) {
                    throw new IllegalStateException("disk on fire");
                }
                return t;
            });
        }
    }
}
