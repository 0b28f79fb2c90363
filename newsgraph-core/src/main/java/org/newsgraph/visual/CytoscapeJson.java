package org.newsgraph.visual;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.jgrapht.Graph;
import org.newsgraph.visual.FactGraph.Edge;
import org.newsgraph.visual.FactGraph.Node;

/**
 * Writes a {@link FactGraph} as Cytoscape.js JSON, built with Jena's JSON model:
 * {@code {"elements": {"nodes": [{"data": {"id", "label", ...}}], "edges": [{"data": {"id",
 * "source", "target", "label", ...}}]}}}, with the header fields Cytoscape desktop reads from a
 * {@code .cyjs} file. {@code cytoscape({elements: json.elements})} loads it in a browser.
 */
final class CytoscapeJson {

    private CytoscapeJson() {
    }

    static void write(FactGraph factGraph, OutputStream out) {
        JSON.write(out, toJson(factGraph));
    }

    static JsonObject toJson(FactGraph factGraph) {
        Graph<Node, Edge> graph = factGraph.graph();
        JsonArray nodes = new JsonArray();
        for (Node node : graph.vertexSet()) {
            JsonObject data = new JsonObject();
            data.put("id", node.id());
            putAll(data, node.attributes());
            nodes.add(element(data));
        }
        JsonArray edges = new JsonArray();
        for (Edge edge : graph.edgeSet()) {
            JsonObject data = new JsonObject();
            data.put("id", edge.id());
            data.put("source", graph.getEdgeSource(edge).id());
            data.put("target", graph.getEdgeTarget(edge).id());
            putAll(data, edge.attributes());
            edges.add(element(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject about = new JsonObject();
        about.put("name", "NewsGraph facts");
        JsonObject root = new JsonObject();
        root.put("format_version", "1.0");
        root.put("generated_by", "NewsGraph");
        root.put("target_cytoscapejs_version", "~3.0");
        root.put("data", about);
        root.put("elements", elements);
        return root;
    }

    private static JsonObject element(JsonObject data) {
        JsonObject element = new JsonObject();
        element.put("data", data);
        return element;
    }

    private static void putAll(JsonObject data, Map<String, Object> attributes) {
        attributes.forEach((name, value) -> {
            if (value instanceof Double d) {
                data.put(name, JsonNumber.value(d));
            } else if (value instanceof Integer i) {
                data.put(name, i.longValue());
            } else {
                data.put(name, value.toString());
            }
        });
    }
}
