package org.newsgraph.visual;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jgrapht.Graph;
import org.newsgraph.store.StoreException;
import org.newsgraph.visual.FactGraph.Edge;
import org.newsgraph.visual.FactGraph.Node;
import org.newsgraph.visual.GraphStyle.Color;
import org.newsgraph.visual.GraphStyle.Interval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link FactGraph} as GEXF 1.2 the way Gephi's importer maps it: labels as GEXF labels,
 * the other attributes as typed attribute values, {@code viz:color} and {@code viz:size} from the
 * {@link GraphStyle}, the edge {@code weight} from the evidence count, and, when any fact is
 * dated, a dynamic graph whose edges carry {@code start} and {@code end} dates, so that Gephi's
 * timeline plays who held which office when. JGraphT's exporter has no place for the
 * visualisation module or for time, hence a writer of its own on the JDK's DOM.
 */
final class GexfWriter {

    static final String NAMESPACE = "http://www.gexf.net/1.2draft";
    static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    private final FactGraph facts;
    private final GraphStyle style;
    private final Document doc;

    private GexfWriter(FactGraph facts, Document doc) {
        this.facts = facts;
        this.style = new GraphStyle(facts);
        this.doc = doc;
    }

    /**
     * Writes {@code facts} to {@code out} as UTF-8 (not closed). The document is built in memory
     * and written by the JDK's serialiser, which keeps line breaks inside attribute values (a
     * sentence) as character references, where a streaming writer would let readers fold them.
     */
    static void write(FactGraph facts, OutputStream out) {
        try {
            Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            new GexfWriter(facts, doc).document();
            Transformer serialiser = TransformerFactory.newDefaultInstance().newTransformer();
            serialiser.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            serialiser.setOutputProperty(OutputKeys.INDENT, "yes");
            serialiser.transform(new DOMSource(doc), new StreamResult(out));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new StoreException("cannot write the gexf graph: " + e.getMessage(), e);
        }
    }

    private void document() {
        Graph<Node, Edge> graph = facts.graph();
        Element root = doc.createElementNS(NAMESPACE, "gexf");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:viz", VIZ);
        root.setAttribute("version", "1.2");
        doc.appendChild(root);
        root.appendChild(meta());
        Element graphElement = element(root, "graph");
        graphElement.setAttribute("defaultedgetype", "directed");
        boolean dynamic = graph.edgeSet().stream().anyMatch(e -> !style.interval(e).isEmpty());
        graphElement.setAttribute("mode", dynamic ? "dynamic" : "static");
        if (dynamic) {
            graphElement.setAttribute("timeformat", "date");
        }
        declare(graphElement, "node", FactGraph.NODE_ATTRIBUTES);
        declare(graphElement, "edge", FactGraph.EDGE_ATTRIBUTES);
        Element nodes = element(graphElement, "nodes");
        graph.vertexSet().forEach(node -> node(nodes, node));
        Element edges = element(graphElement, "edges");
        graph.edgeSet().forEach(edge -> edge(edges, edge, graph.getEdgeSource(edge), graph.getEdgeTarget(edge)));
    }

    private Element meta() {
        Element meta = doc.createElementNS(NAMESPACE, "meta");
        meta.setAttribute("lastmodifieddate", LocalDate.now().toString());
        element(meta, "creator").setTextContent("NewsGraph");
        element(meta, "description").setTextContent("Facts read from news articles: entities as nodes, facts as edges with their evidence");
        return meta;
    }

    /** The attributes other than the label, which GEXF has a place of its own for; their ids are their names. */
    private void declare(Element graph, String elementClass, List<FactGraph.Attribute> attributes) {
        Element declared = element(graph, "attributes");
        declared.setAttribute("class", elementClass);
        declared.setAttribute("mode", "static");
        attributes.stream().filter(a -> !a.name().equals("label")).forEach(a -> {
            Element attribute = element(declared, "attribute");
            attribute.setAttribute("id", a.name());
            attribute.setAttribute("title", a.name());
            attribute.setAttribute("type", a.type().name().toLowerCase(Locale.ROOT));
        });
    }

    private void node(Element nodes, Node node) {
        Element element = element(nodes, "node");
        element.setAttribute("id", node.id());
        element.setAttribute("label", node.label());
        values(element, node.attributes());
        color(element, style.color(node));
        Element size = doc.createElementNS(VIZ, "viz:size");
        size.setAttribute("value", Double.toString(style.size(node)));
        element.appendChild(size);
    }

    private void edge(Element edges, Edge edge, Node source, Node target) {
        Element element = element(edges, "edge");
        element.setAttribute("id", edge.id());
        element.setAttribute("source", source.id());
        element.setAttribute("target", target.id());
        element.setAttribute("label", edge.label());
        element.setAttribute("weight", Double.toString(style.weight(edge)));
        Interval interval = style.interval(edge);
        interval.start().ifPresent(start -> element.setAttribute("start", start.toString()));
        interval.end().ifPresent(end -> element.setAttribute("end", end.toString()));
        values(element, edge.attributes());
        color(element, style.color(edge));
    }

    private void values(Element parent, Map<String, Object> attributes) {
        Element values = element(parent, "attvalues");
        attributes.forEach((name, value) -> {
            if (!name.equals("label")) {
                Element attvalue = element(values, "attvalue");
                attvalue.setAttribute("for", name);
                attvalue.setAttribute("value", value.toString());
            }
        });
    }

    private void color(Element parent, Color color) {
        Element element = doc.createElementNS(VIZ, "viz:color");
        element.setAttribute("r", Integer.toString(color.red()));
        element.setAttribute("g", Integer.toString(color.green()));
        element.setAttribute("b", Integer.toString(color.blue()));
        parent.appendChild(element);
    }

    /** A new child of {@code parent} in the GEXF namespace. */
    private Element element(Element parent, String name) {
        Element child = doc.createElementNS(NAMESPACE, name);
        parent.appendChild(child);
        return child;
    }
}
