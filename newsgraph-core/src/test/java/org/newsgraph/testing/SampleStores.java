package org.newsgraph.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphStore;

/** Real TDB2 stores holding sample articles, for tests of what reads a store. */
public final class SampleStores {

    private SampleStores() {
    }

    /** A store in {@code folder} with one named graph per article, mapped as a build maps it, and the ontology's graph. */
    public static GraphStore open(Path folder, ArticleFacts... articles) {
        GraphStore store = GraphStore.open(folder);
        FactMapper mapper = new FactMapper();
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (ArticleFacts article : articles) {
            graphs.put(article.article().id(), mapper.toGraph(article));
        }
        store.replace(graphs);
        store.replaceGraph(Ontology.GRAPH, Ontology.graph());
        return store;
    }
}
