package org.newsgraph.wikidata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.newsgraph.store.GraphStore;

/**
 * Keeps the store's Wikidata graph ({@link WikidataMapper#GRAPH}) up to date with the article
 * graphs a write replaces, touching only what those articles are about: every Wikidata item that
 * a node of a replaced graph is the same as, before or after the write, has its "position held"
 * statements rewritten from the facts the store then holds; reference and value nodes that no
 * statement uses any more go with them. The result is the graph {@link WikidataMapper#derivedGraph()}
 * computes from the whole store, at the cost of the people written. One instance serves one write.
 */
final class WikidataGraphUpdate implements GraphStore.Derivation {

    private static final Node GRAPH = WikidataMapper.GRAPH;
    private static final Node POSITION_HELD = Wikibase.property(Wikibase.WDT, Wikibase.POSITION_HELD);
    private static final Node STATEMENT_OF_POSITION = Wikibase.property(Wikibase.P, Wikibase.POSITION_HELD);

    private final WikidataMapper mapper;
    private final Set<String> items = new TreeSet<>();

    WikidataGraphUpdate(WikidataMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void replacing(DatasetGraph dataset, Node article) {
        collectItems(dataset, article);
    }

    @Override
    public void update(DatasetGraph dataset, Set<Node> replaced) {
        replaced.forEach(article -> collectItems(dataset, article));
        Set<Node> shared = new HashSet<>();
        for (String item : items) {
            removeStatements(dataset, Wikibase.entity(item), shared);
        }
        for (String item : items) {
            for (WikidataFacts.PositionStatement statement : mapper.statementsOf(dataset.getUnionGraph(), item)) {
                for (Triple t : WikidataMapper.triples(statement)) {
                    dataset.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        }
        shared.stream().filter(node -> !dataset.contains(GRAPH, Node.ANY, Node.ANY, node))
                .forEach(node -> dataset.deleteAny(GRAPH, node, Node.ANY, Node.ANY));
    }

    /** The Wikidata items the nodes of {@code article}'s graph are the same as. */
    private void collectItems(DatasetGraph dataset, Node article) {
        dataset.find(article, Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(quad -> WikidataMapper.itemId(quad.getObject())
                .ifPresent(items::add));
    }

    /**
     * Deletes the item's statements and truthy triples; the reference and value nodes they used go
     * to {@code shared}, to be deleted once no statement uses them.
     */
    private static void removeStatements(DatasetGraph dataset, Node item, Set<Node> shared) {
        List<Node> statements = new ArrayList<>();
        dataset.find(GRAPH, item, STATEMENT_OF_POSITION, Node.ANY).forEachRemaining(q -> statements.add(q.getObject()));
        for (Node statement : statements) {
            List<Quad> quads = new ArrayList<>();
            dataset.find(GRAPH, statement, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            quads.stream().map(Quad::getObject).filter(WikidataGraphUpdate::isSharedNode).forEach(shared::add);
            quads.forEach(dataset::delete);
        }
        dataset.deleteAny(GRAPH, item, STATEMENT_OF_POSITION, Node.ANY);
        dataset.deleteAny(GRAPH, item, POSITION_HELD, Node.ANY);
    }

    /** A reference or value node: named by a hash of its values, so statements may share it. */
    private static boolean isSharedNode(Node node) {
        return node.isURI() && (node.getURI().startsWith(Wikibase.REFERENCES) || node.getURI().startsWith(Wikibase.VALUES));
    }
}
