package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.vocab.Prefixes;

/** Validates article graphs against the SHACL shapes of ontology/shapes.ttl. */
public final class ShapesValidator {

    /** Where the shapes live on the classpath. */
    public static final String RESOURCE = "/org/newsgraph/ontology/shapes.ttl";

    private final Shapes shapes;
    private final PrefixMapping prefixes = Prefixes.mapping();

    /** A validator with the shapes bundled in the jar. */
    public ShapesValidator() {
        this.shapes = Shapes.parse(load());
    }

    /** Validates one graph; the report lists every violation. */
    public ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(shapes, graph);
    }

    /** One line per violation: focus node, path, message. */
    public List<String> format(ValidationReport report) {
        return report.getEntries().stream().map(this::line).toList();
    }

    private String line(ReportEntry entry) {
        String path = entry.resultPath() == null ? "-" : entry.resultPath().toString(new Prologue(prefixes));
        String value = entry.value() == null ? "" : " (value " + node(entry.value()) + ")";
        return node(entry.focusNode()) + " " + path + ": " + entry.message() + value;
    }

    private String node(Node node) {
        return FmtUtils.stringForNode(node, prefixes);
    }

    private static Graph load() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("SHACL shapes not found on the classpath at " + RESOURCE);
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read SHACL shapes " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
