package org.newsgraph.serve;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.LinkIndexGraphs;

/**
 * Keeps the builder's link index graphs out of what SPARQL queries on a served TDB2 store see,
 * named graphs and the union default graph alike: a filter on the stored quads that TDB2 applies
 * while it matches patterns (the mechanism of Fuseki's data access control), set in the context of
 * the {@link ServedDataset}, which Fuseki passes on to every query. The ids of the index graphs are
 * looked up in the store's node table, inside the query's transaction, until both graphs exist; a
 * graph the store does not hold yet hides nothing. Depends on Jena alone. Thread-safe.
 */
final class HiddenIndexGraphs implements Predicate<Tuple<NodeId>> {

    private final NodeTable nodes;
    private volatile Set<NodeId> hidden = Set.of();

    private HiddenIndexGraphs(NodeTable nodes) {
        this.nodes = nodes;
    }

    /** The filter for {@code dataset}, if it is a TDB2 store. */
    static Optional<HiddenIndexGraphs> of(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return Optional.empty();
        }
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable();
        return Optional.of(new HiddenIndexGraphs(nodes));
    }

    @Override
    public boolean test(Tuple<NodeId> tuple) {
        return tuple.len() != 4 || !ids().contains(tuple.get(0));
    }

    private Set<NodeId> ids() {
        Set<NodeId> known = hidden;
        if (known.size() == LinkIndexGraphs.ALL.size()) {
            return known;
        }
        Set<NodeId> found = LinkIndexGraphs.ALL.stream().map(nodes::getNodeIdForNode).filter(id -> !NodeId.isDoesNotExist(id))
                .collect(Collectors.toUnmodifiableSet());
        hidden = found;
        return found;
    }
}
