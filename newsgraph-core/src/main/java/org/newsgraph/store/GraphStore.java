package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;

/**
 * A TDB2 store in a folder holding one named graph per article. Queries see the union of the
 * named graphs as their default graph.
 */
public final class GraphStore implements AutoCloseable {

    private final Path folder;
    private final DatasetGraph dataset;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GraphStore(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /** Opens the store in {@code folder}, creating it when it does not exist. */
    public static GraphStore open(Path folder) {
        try {
            Files.createDirectories(folder);
            DatasetGraph dsg = TDB2Factory.connectDataset(Location.create(folder.toString())).asDatasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new GraphStore(folder, dsg);
        } catch (Exception e) {
            throw new StoreException("cannot open the TDB2 store in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The folder of the store. */
    public Path folder() {
        return folder;
    }

    /** The dataset, with the union of the named graphs as the default graph for queries; use transactions. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /**
     * In one write transaction, replaces the named graph of each article (id to graph) with the
     * given graph; on any exception nothing changes.
     */
    public void replace(Map<String, Graph> articles) {
        Objects.requireNonNull(articles, "articles");
        replace(articles.entrySet().stream());
    }

    /**
     * Replaces the named graph of each article as the stream yields it, all in one write
     * transaction, so graphs need not all be in memory at once; if anything fails, nothing changes.
     */
    public void replace(java.util.stream.Stream<Map.Entry<String, Graph>> articles) {
        replace(articles, List.of());
    }

    /**
     * Keeps a graph derived from the article graphs up to date, inside the write transaction that
     * changes them: it sees each article graph just before it is replaced, then brings what it
     * derives up to date. An exception from it undoes the whole transaction.
     */
    public interface Derivation {

        /** Called in the write transaction just before the named graph {@code article} is replaced; its old triples are still there. */
        default void replacing(DatasetGraph dataset, Node article) {
        }

        /** Called in the write transaction after the article graphs {@code replaced} hold their new triples. */
        void update(DatasetGraph dataset, Set<Node> replaced);
    }

    /**
     * A named graph computed from the union of the store's graphs, rewritten whole whenever the
     * article graphs change (such as the ontology's graph, or a graph of all facts).
     */
    public record DerivedGraph(Node name, Function<Graph, Graph> from) implements Derivation {
        public DerivedGraph {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public void update(DatasetGraph dataset, Set<Node> replaced) {
            replaceGraphInTransaction(dataset, name, from.apply(dataset.getUnionGraph()));
        }
    }

    /**
     * Replaces the named graph of each article as the stream yields it, then brings each derived
     * graph up to date, all in one write transaction: a build killed at any moment leaves the
     * articles and what is derived from them either both old or both new.
     */
    public void replace(java.util.stream.Stream<Map.Entry<String, Graph>> articles, List<? extends Derivation> derived) {
        Objects.requireNonNull(articles, "articles");
        Set<Node> replaced = new LinkedHashSet<>();
        try {
            Txn.executeWrite(dataset, () -> {
                articles.forEachOrdered(entry -> {
                    Node name = Iris.graph(entry.getKey());
                    derived.forEach(d -> d.replacing(dataset, name));
                    replaceGraphInTransaction(dataset, name, Objects.requireNonNull(entry.getValue(), () -> "no graph for article " + entry.getKey()));
                    replaced.add(name);
                });
                derived.forEach(d -> d.update(dataset, replaced));
            });
        } catch (RuntimeException e) {
            throw new StoreException("store " + folder + ": replacing article graphs failed after " + replaced.size()
                    + ", nothing was changed: " + e.getMessage(), e);
        }
    }

    /** Replaces the named graph of one article. */
    public void replace(String articleId, Graph graph) {
        replace(Map.of(articleId, graph));
    }

    /**
     * In one write transaction, replaces the named graph {@code name} with {@code graph}; for graphs
     * that are not articles. An empty graph removes the named graph. On any exception nothing changes.
     */
    public void replaceGraph(Node name, Graph graph) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(graph, "graph");
        try {
            Txn.executeWrite(dataset, () -> replaceGraphInTransaction(dataset, name, graph));
        } catch (RuntimeException e) {
            throw new StoreException("store " + folder + ": replacing the graph " + name.getURI()
                    + " failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    private static void replaceGraphInTransaction(DatasetGraph dataset, Node name, Graph graph) {
        dataset.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** In one write transaction, deletes the named graphs of the given articles. */
    public void delete(List<String> articleIds) {
        Txn.executeWrite(dataset, () -> articleIds.forEach(id -> dataset.deleteAny(Iris.graph(id), Node.ANY, Node.ANY, Node.ANY)));
    }

    /**
     * The number of distinct triples in the union of the named graphs, the builder's link index
     * left out (as the served endpoint counts them): its triples, under terms of its own, are in no
     * other graph.
     */
    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long index = Iter.asStream(dataset.listGraphNodes()).filter(LinkIndexMapper::isIndex).mapToLong(g -> dataset.getGraph(g).size()).sum();
            try (QueryExec exec = QueryExec.dataset(dataset).query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm()) - index;
            }
        });
    }

    /** The number of named graphs: one per article, and the derived graphs (such as the Wikidata-shaped one) when not empty. */
    public long graphCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.listGraphNodes()));
    }

    /** The names of the named graphs, sorted. */
    public List<Node> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>(Iter.toList(dataset.listGraphNodes()));
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    /** Closes the store and releases its folder. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            TDBInternal.expel(dataset);
        }
    }
}
