package org.newsgraph.serve;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphZero;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.newsgraph.rdf.LinkIndexGraphs;

/**
 * A store as NewsGraph serves it, to {@code newsgraph serve} and to a stock Fuseki server alike
 * (through {@link ServedDatasetAssembler}): its default graph is the union of the article graphs
 * (and the ontology's and Wikidata's) without the builder's link index graphs, for SPARQL queries
 * and for the Graph Store Protocol's {@code ?default} and {@code ?graph=union}; and neither
 * queries ({@link HiddenIndexGraphs}) nor the Graph Store Protocol see the link index graphs by name. Depends on Jena alone.
 */
public final class ServedDataset {

    private ServedDataset() {
    }

    /**
     * The served view of {@code store} (for a store: GraphStore.dataset()); transactions, reads
     * and writes go to the store. The view has a context of its own, a copy of the store's with the
     * union default graph and the index filter set, which Fuseki passes on to every query on it.
     */
    public static DatasetGraph over(DatasetGraph store) {
        Context context = store.getContext().copy();
        context.set(TDB2.symUnionDefaultGraph, true);
        HiddenIndexGraphs.of(store).ifPresent(filter -> context.set(SystemTDB.symTupleFilter, filter));
        return new View(store, context);
    }

    private static final class View extends DatasetGraphWrapper {

        View(DatasetGraph store, Context context) {
            super(store, context);
        }

        @Override
        public Graph getDefaultGraph() {
            return articleUnion();
        }

        @Override
        public Iterator<Node> listGraphNodes() {
            return Iter.filter(super.listGraphNodes(), graph -> !LinkIndexGraphs.contains(graph));
        }

        @Override
        public boolean containsGraph(Node graph) {
            return !LinkIndexGraphs.contains(graph) && super.containsGraph(graph);
        }

        @Override
        public Graph getGraph(Node graph) {
            return LinkIndexGraphs.contains(graph) ? GraphZero.instance() : super.getGraph(graph);
        }

        @Override
        public Graph getUnionGraph() {
            return articleUnion();
        }

        private Graph articleUnion() {
            return new GraphUnionRead(get(), Iter.toList(listGraphNodes()));
        }
    }
}
