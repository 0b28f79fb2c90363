package org.newsgraph.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.vocab.Prefixes;

/**
 * What the explorer's query editor completes, as JSON, so that it asks no service on the web: the
 * graph's prefixes (in prefix.cc's format, {@code {"ng": "https://...#", ...}}) and the classes and
 * properties the ontology declares ({@code {"classes": [IRI, ...], "properties": [IRI, ...]}}).
 */
final class QueryEditorTerms {

    private static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    private QueryEditorTerms() {
    }

    /** NewsGraph's prefixes, prefix to namespace. */
    static byte[] prefixes() {
        JsonObject prefixes = new JsonObject();
        Prefixes.all().forEach(prefixes::put);
        return utf8(prefixes);
    }

    /** The ontology's classes and properties, each list sorted. */
    static byte[] ontologyTerms() {
        Graph ontology = Ontology.graph();
        JsonObject terms = new JsonObject();
        terms.put("classes", declared(ontology, CLASS_TYPES));
        terms.put("properties", declared(ontology, PROPERTY_TYPES));
        return utf8(terms);
    }

    /** The IRIs typed in {@code graph} with one of {@code types}. */
    private static JsonArray declared(Graph graph, Set<Node> types) {
        List<String> iris = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> types.contains(t.getObject()) && t.getSubject().isURI())
                .map(t -> t.getSubject().getURI()).distinct().sorted().toList();
        JsonArray array = new JsonArray();
        iris.forEach(array::add);
        return array;
    }

    private static byte[] utf8(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
