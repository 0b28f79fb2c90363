package org.newsgraph.visual;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.visual.FactGraph.Edge;
import org.newsgraph.visual.FactGraph.Node;
import org.newsgraph.visual.FactGraph.ValueType;

/**
 * Writes the {@link FactGraph} of a store for graph tools: GraphML (Gephi, yEd, Cytoscape desktop),
 * GEXF (Gephi), DOT (Graphviz) and Cytoscape.js JSON (a browser, Cytoscape desktop). GraphML and
 * DOT go through JGraphT's exporters with attribute providers, GEXF through {@link GexfWriter}, so
 * the labels and every attribute of {@link FactGraph#NODE_ATTRIBUTES} and
 * {@link FactGraph#EDGE_ATTRIBUTES} appear, typed where the format has types, and the
 * {@link GraphStyle}'s colours, sizes, weights and (in GEXF) dates where each format has a place
 * for them.
 */
public final class VisualExporter {

    /** The graph formats. */
    public enum Format {
        GRAPHML("graphml"), GEXF("gexf"), DOT("dot"), CYTOSCAPE("cyjs");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }

        /** The format named graphml, gexf, dot (also gv, graphviz) or cytoscape (also cytoscape-json, cyjs); empty for any other name. */
        public static Optional<Format> find(String name) {
            return Optional.ofNullable(switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "graphml" -> GRAPHML;
                case "gexf" -> GEXF;
                case "dot", "gv", "graphviz" -> DOT;
                case "cytoscape", "cytoscape-json", "cyjs" -> CYTOSCAPE;
                default -> null;
            });
        }

        /** Parses graphml, gexf, dot or cytoscape (and the aliases of {@link #find}). */
        public static Format parse(String name) {
            return find(name).orElseThrow(() -> new IllegalArgumentException("unknown graph format '" + name
                    + "': use graphml, gexf, dot or cytoscape"));
        }
    }

    /** Shape of each node type in DOT, so that Graphviz output tells the types apart without a legend. */
    private static final Map<String, String> DOT_SHAPES = Map.of("person", "ellipse", "organization", "box",
            "country", "box", "group", "box", "office", "house", "topic", "note", "spending-target", "diamond");

    private VisualExporter() {
    }

    /** Reads the facts of {@code store} and writes them as a graph in {@code format} to {@code out} (UTF-8; not closed). */
    public static void write(GraphStore store, Format format, OutputStream out) {
        write(FactGraph.read(store), format, out);
    }

    /** Writes {@code graph} in {@code format} to {@code out} (UTF-8; not closed). */
    public static void write(FactGraph graph, Format format, OutputStream out) {
        try {
            switch (format) {
                case GRAPHML -> export(graphml(graph), graph, out);
                case GEXF -> GexfWriter.write(graph, out);
                case DOT -> export(dot(graph), graph, out);
                case CYTOSCAPE -> CytoscapeJson.write(graph, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.extension() + " graph: " + e.getMessage(), e);
        } catch (ExportException e) {
            throw new StoreException("cannot write the " + format.extension() + " graph: " + e.getMessage(), e);
        }
    }

    private static void export(GraphExporter<Node, Edge> exporter, FactGraph graph, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(graph.graph(), writer);
        writer.flush();
    }

    /**
     * GraphML with typed keys; an attribute that nodes and edges share is declared once, for both.
     * GraphML ids must be XML name tokens, which IRIs are not: nodes are n0, n1, ... and edges e0,
     * e1, ... in the graph's order, and the IRIs are in the {@code iri} and {@code fact} attributes.
     * The {@link GraphStyle} goes into the keys Gephi's importer reads: {@code r}, {@code g},
     * {@code b} and {@code size} on nodes, {@code r}, {@code g}, {@code b} and {@code weight} on edges.
     */
    static GraphMLExporter<Node, Edge> graphml(FactGraph graph) {
        Map<Node, String> nodeIds = new HashMap<>();
        graph.graph().vertexSet().forEach(n -> nodeIds.put(n, "n" + nodeIds.size()));
        Map<Edge, String> edgeIds = new HashMap<>();
        graph.graph().edgeSet().forEach(e -> edgeIds.put(e, "e" + edgeIds.size()));
        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(nodeIds::get);
        exporter.setEdgeIdProvider(edgeIds::get);
        Set<String> shared = shared();
        FactGraph.NODE_ATTRIBUTES.forEach(a -> exporter.registerAttribute(a.name(),
                shared.contains(a.name()) ? GraphMLExporter.AttributeCategory.ALL : GraphMLExporter.AttributeCategory.NODE,
                graphmlType(a.type())));
        FactGraph.EDGE_ATTRIBUTES.stream().filter(a -> !shared.contains(a.name())).forEach(a ->
                exporter.registerAttribute(a.name(), GraphMLExporter.AttributeCategory.EDGE, graphmlType(a.type())));
        List.of("r", "g", "b").forEach(c -> exporter.registerAttribute(c, GraphMLExporter.AttributeCategory.ALL, AttributeType.INT));
        exporter.registerAttribute("size", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.setExportEdgeWeights(true);
        GraphStyle style = new GraphStyle(graph);
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> out = attributes(node.attributes());
            out.putAll(rgb(style.color(node)));
            out.put("size", DefaultAttribute.createAttribute(style.size(node)));
            return out;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> out = attributes(edge.attributes());
            out.putAll(rgb(style.color(edge)));
            return out;
        });
        return exporter;
    }

    private static Map<String, Attribute> rgb(GraphStyle.Color color) {
        return Map.of("r", DefaultAttribute.createAttribute(color.red()), "g", DefaultAttribute.createAttribute(color.green()),
                "b", DefaultAttribute.createAttribute(color.blue()));
    }

    /** DOT with the IRIs as quoted node ids, every attribute, a shape per node type and the {@link GraphStyle}'s colours. */
    static DOTExporter<Node, Edge> dot(FactGraph graph) {
        GraphStyle style = new GraphStyle(graph);
        DOTExporter<Node, Edge> exporter = new DOTExporter<>(node -> '"' + node.id() + '"');
        exporter.setGraphIdProvider(() -> "newsgraph");
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> out = dotAttributes(node.attributes());
            out.put("shape", DefaultAttribute.createAttribute(DOT_SHAPES.getOrDefault(node.type(), "ellipse")));
            out.put("color", DefaultAttribute.createAttribute(style.color(node).hex()));
            return out;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> out = dotAttributes(edge.attributes());
            out.put("color", DefaultAttribute.createAttribute(style.color(edge).hex()));
            return out;
        });
        return exporter;
    }

    /**
     * The exporter escapes only double quotes; a backslash would start a Graphviz escape (or, at
     * the end of a value, swallow the closing quote), so it is doubled.
     */
    private static Map<String, Attribute> dotAttributes(Map<String, Object> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, value instanceof String text
                ? DefaultAttribute.createAttribute(text.replace("\\", "\\\\")) : attribute(value)));
        return out;
    }

    private static Set<String> shared() {
        Set<String> edgeNames = FactGraph.EDGE_ATTRIBUTES.stream().map(FactGraph.Attribute::name).collect(Collectors.toSet());
        return FactGraph.NODE_ATTRIBUTES.stream().map(FactGraph.Attribute::name).filter(edgeNames::contains)
                .collect(Collectors.toSet());
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, attribute(value)));
        return out;
    }

    private static Attribute attribute(Object value) {
        if (value instanceof Double d) {
            return DefaultAttribute.createAttribute(d);
        } else if (value instanceof Integer i) {
            return DefaultAttribute.createAttribute(i);
        }
        return DefaultAttribute.createAttribute(value.toString());
    }

    private static AttributeType graphmlType(ValueType type) {
        return switch (type) {
            case STRING -> AttributeType.STRING;
            case DOUBLE -> AttributeType.DOUBLE;
            case INTEGER -> AttributeType.INT;
        };
    }

}
