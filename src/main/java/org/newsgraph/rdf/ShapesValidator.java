package org.newsgraph.rdf;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.NewsGraphException;

/** Validates graphs against NewsGraph's SHACL shapes (ontology/shapes.ttl). Thread-safe. */
public final class ShapesValidator {

    private static final String SHAPES = "/org/newsgraph/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator for the shapes bundled in the jar. */
    public static ShapesValidator bundled() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new NewsGraphException("the shapes " + SHAPES + " are missing from the jar: rebuild it");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (java.io.IOException e) {
            throw new NewsGraphException("cannot read the bundled shapes: " + e.getMessage(), e);
        }
        return new ShapesValidator(Shapes.parse(graph));
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** Each violation as one line: focus node, path and message. */
    public List<String> violations(Graph data) {
        return validate(data).getEntries().stream()
                .map(e -> e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message())
                .toList();
    }
}
