package org.newsgraph.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.SampleStores;
import org.newsgraph.testing.Samples;
import org.newsgraph.visual.FactGraph.Edge;
import org.newsgraph.visual.FactGraph.Node;
import org.newsgraph.visual.VisualExporter.Format;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Builds a store from invented articles with the real pipeline, exports its fact graph in every
 * format and reads each file back with a real parser: JGraphT's GraphML, GEXF and DOT importers, a
 * DOM parser for GEXF's declared types, and Jena's JSON parser for Cytoscape.js.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualExporterTest {

    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final String KERN = ID + "person/ada-kern";
    private static final String BRUN = ID + "person/olaf-brun";
    private static final String NATO = ID + "organization/nato";

    private GraphStore store;
    private FactGraph facts;

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Files.writeString(articles.resolve("alpha.txt"), """
                ---
                title: Alliance names its next chief
                date: 2031-05-02
                ---
                Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.

                Secretary General Olaf Brun said the decision was made in good time.

                Poland backed the plan to raise defence spending, calling it overdue.
                """);
        Files.writeString(articles.resolve("beta.txt"), """
                ---
                title: Spending talks continue
                date: 2031-05-03
                ---
                Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031, officials said.

                Germany pledged to spend 3.5% of GDP on defence by 2030.

                Spain opposed the plan to raise defence spending.
                """);
        store = GraphStore.open(dir.resolve("store"));
        new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(articles), store, f -> { });
        facts = FactGraph.read(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    // ------------------------------------------------------------------ the fact graph itself

    @Test
    void factsBecomeLabelledEdgesBetweenEntities() {
        Graph<Node, Edge> g = facts.graph();
        Edge succession = only(g, KERN, BRUN, "succession");
        assertThat(succession.label()).isEqualTo("succeeds");
        assertThat(succession.attributes()).containsEntry("date", "2031-10-01").containsEntry("sources", "alpha beta")
                .containsEntry("office", "Secretary General of NATO").containsEntry("evidence", 2)
                .containsEntry("sentence", "Ada Kern will succeed Olaf Brun as Secretary General of NATO on 1 October 2031.");
        assertThat((Double) succession.attributes().get("confidence")).isBetween(0.0, 1.0);

        Node office = g.getEdgeTarget(only(g, KERN, null, "role"));
        assertThat(office.type()).isEqualTo("office");
        assertThat(office.label()).isEqualTo("Secretary General of NATO");
        assertThat(office.wikidata()).contains("Q167662");
        assertThat(only(g, KERN, office.id(), "role").label()).isEqualTo("will hold Secretary General");
        assertThat(only(g, KERN, office.id(), "role").attributes()).containsEntry("status", "designate");
        assertThat(only(g, BRUN, office.id(), "role").label()).isEqualTo("holds Secretary General");
        assertThat(only(g, office.id(), NATO, "office-of").label()).isEqualTo("office of");

        Node poland = node("Poland");
        assertThat(poland.type()).isEqualTo("country");
        assertThat(poland.wikidata()).contains("Q36");
        Edge backed = only(g, poland.id(), null, "endorsement");
        assertThat(backed.label()).isEqualTo("supports");
        assertThat(g.getEdgeTarget(backed).type()).isEqualTo("topic");
        assertThat(backed.attributes()).containsEntry("polarity", "support").containsEntry("targetKind", "policy")
                .containsEntry("sources", "alpha");
        Edge opposed = only(g, node("Spain").id(), g.getEdgeTarget(backed).id(), "endorsement");
        assertThat(opposed.label()).isEqualTo("opposes");

        Edge pledge = only(g, node("Germany").id(), null, "spending-target");
        Node share = g.getEdgeTarget(pledge);
        assertThat(share.id()).isEqualTo(FactGraph.GDP_SHARE + "total:3.5");
        assertThat(share.label()).isEqualTo("3.5% of GDP");
        assertThat(share.type()).isEqualTo("spending-target");
        assertThat(pledge.label()).isEqualTo("3.5% of GDP by 2030 (pledged)");
        assertThat(pledge.attributes()).containsEntry("percent", 3.5).containsEntry("deadline", "2030")
                .containsEntry("status", "pledged").containsEntry("scope", "total");
    }

    @Test
    void everyNodeHasALabelAndAKnownTypeAndEveryEdgeAKind() {
        Set<String> types = Set.of("person", "organization", "country", "group", "office", "topic", "spending-target");
        Set<String> kinds = Set.of("role", "succession", "endorsement", "spending-target", "office-of", "about");
        facts.graph().vertexSet().forEach(n -> {
            assertThat(n.label()).as(n.id()).isNotBlank();
            assertThat(types).as(n.id()).contains(n.type());
        });
        facts.graph().edgeSet().forEach(e -> {
            assertThat(kinds).as(e.id()).contains(e.kind());
            assertThat(e.label()).as(e.id()).isNotBlank();
            if (!e.kind().equals("office-of") && !e.kind().equals("about")) {
                assertThat(e.attributes()).as(e.id()).containsKeys("sources", "sentence", "confidence", "evidence");
            }
        });
    }

    // ------------------------------------------------------------------ read back what was written

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsBackWithEveryNodeEdgeLabelAndAttribute(Format format) throws Exception {
        Imported read = readBack(format, export(facts, format));
        assertThat(read.nodes()).hasSize(facts.graph().vertexSet().size());
        assertThat(read.edges()).hasSize(facts.graph().edgeSet().size());
        assertThat(read.nodes()).isEqualTo(expectedNodes(facts));
        assertThat(sorted(read.edges())).isEqualTo(sorted(expectedEdges(facts)));

        Map<String, String> succession = read.edges().stream()
                .filter(e -> "succession".equals(e.get("kind"))).findFirst().orElseThrow();
        assertThat(succession).containsEntry("source", KERN).containsEntry("target", BRUN)
                .containsEntry("date", "2031-10-01").containsEntry("label", "succeeds");
        assertThat(succession.get("sources").split(" ")).contains("alpha", "beta");
    }

    @Test
    void graphmlDeclaresTypedKeys() throws Exception {
        Map<String, AttributeType> types = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addEdgeAttributeConsumer((edge, attribute) -> types.put(edge.getSecond(), attribute.getType()));
        importer.importGraph(emptyGraph(), reader(export(facts, Format.GRAPHML)));
        assertThat(types).containsEntry("confidence", AttributeType.DOUBLE).containsEntry("evidence", AttributeType.INT)
                .containsEntry("label", AttributeType.STRING).containsEntry("date", AttributeType.STRING);
    }

    @Test
    void gexfDeclaresTypedAttributesAndUsesGexfLabels() throws Exception {
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(export(facts, Format.GEXF)));
        Map<String, String> edgeTypes = new TreeMap<>();
        NodeList classes = doc.getElementsByTagNameNS("*", "attributes");
        for (int i = 0; i < classes.getLength(); i++) {
            Element attributes = (Element) classes.item(i);
            if (attributes.getAttribute("class").equals("edge")) {
                NodeList declared = attributes.getElementsByTagNameNS("*", "attribute");
                for (int j = 0; j < declared.getLength(); j++) {
                    Element a = (Element) declared.item(j);
                    edgeTypes.put(a.getAttribute("title"), a.getAttribute("type"));
                }
            }
        }
        assertThat(edgeTypes).containsEntry("confidence", "double").containsEntry("evidence", "integer")
                .containsEntry("kind", "string").containsEntry("percent", "double");
        NodeList nodes = doc.getElementsByTagNameNS("*", "node");
        assertThat(nodes.getLength()).isEqualTo(facts.graph().vertexSet().size());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            assertThat(node.getAttribute("label")).isEqualTo(facts.node(node.getAttribute("id")).orElseThrow().label());
        }
    }

    @Test
    void cytoscapeJsonHasTheElementsShape() {
        JsonObject root = JSON.parse(new ByteArrayInputStream(export(facts, Format.CYTOSCAPE)));
        JsonObject elements = root.getObj("elements");
        List<JsonObject> nodes = elements.getArray("nodes").map(v -> v.getAsObject().getObj("data")).toList();
        List<JsonObject> edges = elements.getArray("edges").map(v -> v.getAsObject().getObj("data")).toList();
        assertThat(nodes).hasSize(facts.graph().vertexSet().size());
        assertThat(edges).hasSize(facts.graph().edgeSet().size());
        Set<String> ids = nodes.stream().map(d -> d.getString("id")).collect(Collectors.toSet());
        assertThat(ids).hasSize(nodes.size());
        nodes.forEach(d -> assertThat(d.getString("label")).isNotBlank());
        for (JsonObject d : edges) {
            assertThat(ids).contains(d.getString("source"), d.getString("target"));
            assertThat(d.getString("id")).isNotBlank();
            assertThat(d.getString("kind")).isNotBlank();
        }
        JsonObject succession = edges.stream().filter(d -> d.getString("kind").equals("succession")).findFirst().orElseThrow();
        assertThat(succession.getString("date")).isEqualTo("2031-10-01");
        assertThat(succession.getString("sources")).isEqualTo("alpha beta");
        assertThat(succession.get("confidence").isNumber()).isTrue();
        assertThat(succession.getNumber("evidence").intValue()).isEqualTo(2);
        assertThat(succession.getString("sentence")).startsWith("Ada Kern will succeed Olaf Brun");
    }

    @Test
    void theBundledCorpusReadsBackInEveryFormatWithTheSameCounts(@TempDir Path dir) throws Exception {
        try (GraphStore corpus = GraphStore.open(dir.resolve("store"))) {
            new CorpusBuilder(CorpusBuilder.Options.defaults()).build(List.of(Path.of("corpus")), corpus, f -> { });
            FactGraph graph = FactGraph.read(corpus);
            assertThat(graph.graph().edgeSet()).extracting(Edge::kind)
                    .contains("role", "succession", "endorsement", "spending-target", "office-of");
            for (Format format : Format.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                VisualExporter.write(corpus, format, out);
                Imported read = readBack(format, out.toByteArray());
                assertThat(read.nodes()).as(format.name()).isEqualTo(expectedNodes(graph));
                assertThat(sorted(read.edges())).as(format.name()).isEqualTo(sorted(expectedEdges(graph)));
            }
        }
    }

    @Test
    void graphvizRendersTheDotFileWhenInstalled(@TempDir Path dir) throws Exception {
        boolean installed = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, "dot")));
        Assumptions.assumeTrue(installed, "Graphviz 'dot' is not on the PATH");
        Path dot = dir.resolve("facts.dot");
        Path svg = dir.resolve("facts.svg");
        Files.write(dot, export(facts, Format.DOT));
        Process process = new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o", svg.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        String rendered = Files.readString(svg);
        assertThat(rendered.split("class=\"node\"", -1)).hasSize(facts.graph().vertexSet().size() + 1);
        assertThat(rendered.split("class=\"edge\"", -1)).hasSize(facts.graph().edgeSet().size() + 1);
        assertThat(rendered).contains("Secretary General of NATO").contains("succeeds");
    }

    @Test
    void aTopicThatIsOnlyAnEntitysNameIsThatEntitysNode(@TempDir Path dir) {
        try (GraphStore store = SampleStores.open(dir, Samples.articleD())) {
            FactGraph graph = FactGraph.read(store);
            Edge backed = graph.graph().edgeSet().stream().filter(e -> e.kind().equals("endorsement")).findFirst().orElseThrow();
            assertThat(graph.graph().getEdgeTarget(backed).type()).isEqualTo("organization");
            assertThat(graph.graph().vertexSet()).extracting(Node::type).doesNotContain("topic");
        }
    }

    @Test
    void aTopicThatIsOnlyTheNameOfAnAgentAnotherArticleNamesIsThatAgentsNode(@TempDir Path dir) {
        ArticleFacts stance = Samples.articleD();
        ArticleFacts withoutTheAlliance = new ArticleFacts(stance.article(), List.of(Samples.VALDORIA), stance.facts());
        try (GraphStore store = SampleStores.open(dir, withoutTheAlliance, Samples.articleA())) {
            FactGraph graph = FactGraph.read(store);
            Edge backed = graph.graph().edgeSet().stream().filter(e -> e.kind().equals("endorsement")).findFirst().orElseThrow();
            assertThat(graph.graph().getEdgeTarget(backed).id()).isEqualTo(ID + "organization/northern-alliance");
            assertThat(graph.graph().vertexSet()).filteredOn(n -> n.type().equals("topic")).extracting(Node::label)
                    .doesNotContain("Northern Alliance");
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aTopicThatNamesAShareOfGdpIsThatSharesNode(Format format, @TempDir Path dir) throws Exception {
        try (GraphStore store = SampleStores.open(dir, Samples.articleE())) {
            Imported read = readBack(format, export(FactGraph.read(store), format));

            String share = FactGraph.GDP_SHARE + "total:5";
            assertThat(read.nodes().get(share)).containsEntry("type", "spending-target").containsEntry("label", "5% of GDP");
            assertThat(read.edges()).filteredOn(e -> share.equals(e.get("target"))).extracting(e -> e.get("kind"))
                    .containsExactlyInAnyOrder("spending-target", "endorsement", "endorsement");
            assertThat(read.nodes().values()).filteredOn(n -> "topic".equals(n.get("type"))).extracting(n -> n.get("label"))
                    .containsExactly("plan to cut fuel taxes by 5% and build three new ports");
        }
    }

    // ------------------------------------------------------------------ what Gephi draws

    @Test
    void gexfCarriesColoursSizesWeightsAndDatesAsNetworkxReadsThem(@TempDir Path dir) throws Exception {
        Path gexf = dir.resolve("facts.gexf");
        Files.write(gexf, export(facts, Format.GEXF));
        JsonObject read = networkx("""
                import json, sys
                import networkx as nx
                g = nx.read_gexf(sys.argv[1])
                nodes = {n: {"type": d.get("type"), "color": d["viz"]["color"], "size": d["viz"]["size"]}
                         for n, d in g.nodes(data=True)}
                edges = [{"source": u, "target": v, "kind": d.get("kind"), "weight": d.get("weight"),
                          "start": d.get("start"), "end": d.get("end")}
                         for u, v, d in g.edges(data=True)]
                print(json.dumps({"mode": g.graph.get("mode"), "nodes": nodes, "edges": edges}))
                """, gexf);
        assertThat(read.getString("mode")).isEqualTo("dynamic");
        JsonObject kern = read.getObj("nodes").getObj(KERN);
        JsonObject nato = read.getObj("nodes").getObj(NATO);
        assertThat(kern.getObj("color").getNumber("r").intValue()).isEqualTo(0);
        assertThat(kern.getObj("color").getNumber("b").intValue()).isEqualTo(178);
        assertThat(nato.getObj("color")).isNotEqualTo(kern.getObj("color"));
        GraphStyle style = new GraphStyle(facts);
        for (Node node : facts.graph().vertexSet()) {
            JsonObject n = read.getObj("nodes").getObj(node.id());
            assertThat(n.getNumber("size").doubleValue()).as(node.id()).isEqualTo(style.size(node));
            assertThat(n.getString("type")).isEqualTo(node.type());
        }
        List<JsonObject> edges = read.getArray("edges").map(JsonValue::getAsObject).toList();
        assertThat(edges).hasSize(facts.graph().edgeSet().size());
        JsonObject succession = edges.stream().filter(e -> e.getString("kind").equals("succession")).findFirst().orElseThrow();
        assertThat(succession.getString("start")).isEqualTo("2031-10-01");
        assertThat(succession.getNumber("weight").doubleValue()).isEqualTo(2.0);
        JsonObject kernsRole = edges.stream().filter(e -> e.getString("kind").equals("role") && e.getString("source").equals(KERN))
                .findFirst().orElseThrow();
        assertThat(kernsRole.getString("start")).isEqualTo("2031-10-01");
        // networkx keeps no edge colours: read them with a DOM parser.
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(gexf.toFile());
        Set<String> endorsementColours = new TreeSet<>();
        NodeList edgeElements = doc.getElementsByTagNameNS(GexfWriter.NAMESPACE, "edge");
        for (int i = 0; i < edgeElements.getLength(); i++) {
            Element edge = (Element) edgeElements.item(i);
            Element colour = (Element) edge.getElementsByTagNameNS(GexfWriter.VIZ, "color").item(0);
            if (facts.edge(edge.getAttribute("id")).orElseThrow().kind().equals("endorsement")) {
                endorsementColours.add(colour.getAttribute("r") + "," + colour.getAttribute("g") + "," + colour.getAttribute("b"));
            }
        }
        assertThat(endorsementColours).as("support and oppose are drawn apart").containsExactly("0,158,115", "213,94,0");
    }

    @Test
    void graphmlCarriesTheKeysGephiMapsToColourSizeAndWeight() throws Exception {
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<String, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), v -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        Map<DefaultEdge, Map<String, String>> byEdge = new HashMap<>();
        importer.addEdgeAttributeConsumer((p, a) -> byEdge.computeIfAbsent(p.getFirst(), e -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(emptyGraph(), reader(export(facts, Format.GRAPHML)));
        byEdge.values().forEach(e -> edges.put(e.getOrDefault("fact", e.get("kind") + e.get("label")), e));
        Map<String, String> kern = nodes.values().stream().filter(n -> KERN.equals(n.get("iri"))).findFirst().orElseThrow();
        assertThat(kern).containsEntry("r", "0").containsEntry("g", "114").containsEntry("b", "178").containsKey("size");
        assertThat(Double.parseDouble(kern.get("size"))).isGreaterThan(10);
        Map<String, String> succession = edges.values().stream().filter(e -> "succession".equals(e.get("kind"))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(succession.get("weight"))).isEqualTo(2.0);
        assertThat(succession).containsKeys("r", "g", "b");
    }

    @Test
    void partialDatesSpanTheirWholePeriod() {
        assertThat(GraphStyle.firstDay("2031")).hasToString("2031-01-01");
        assertThat(GraphStyle.lastDay("2031")).hasToString("2031-12-31");
        assertThat(GraphStyle.firstDay("2032-02")).hasToString("2032-02-01");
        assertThat(GraphStyle.lastDay("2032-02")).hasToString("2032-02-29");
        assertThat(GraphStyle.lastDay("2031-10-01")).hasToString("2031-10-01");
    }

    /** Runs {@code script} with Python's networkx on {@code file} and parses what it prints; skipped where networkx is absent. */
    private static JsonObject networkx(String script, Path file) throws Exception {
        boolean present;
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            present = probe.waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "python3 with networkx is not installed");
        Process process = new ProcessBuilder("python3", "-c", script, file.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(errors).isZero();
        return JSON.parse(output);
    }

    @Test
    void formatNamesAndAliases() {
        assertThat(Format.parse("graphml")).isEqualTo(Format.GRAPHML);
        assertThat(Format.parse("GEXF")).isEqualTo(Format.GEXF);
        assertThat(Format.parse("dot")).isEqualTo(Format.DOT);
        assertThat(Format.parse("cytoscape")).isEqualTo(Format.CYTOSCAPE);
        assertThat(Format.parse("cytoscape-json")).isEqualTo(Format.CYTOSCAPE);
        assertThat(Format.find("turtle")).isEmpty();
        assertThatThrownBy(() -> Format.parse("png")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("graphml, gexf, dot or cytoscape");
    }

    // ------------------------------------------------------------------ helpers

    /** Nodes (id to attributes) and edges (source, target and attributes) as strings, as read from a file. */
    record Imported(Map<String, Map<String, String>> nodes, List<Map<String, String>> edges) {
    }

    private static byte[] export(FactGraph graph, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VisualExporter.write(graph, format, out);
        return out.toByteArray();
    }

    private static Imported readBack(Format format, byte[] bytes) throws Exception {
        return switch (format) {
            case GRAPHML -> {
                GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
                importer.setVertexFactory(id -> id);
                yield viaJGraphT(importer, importer, bytes);
            }
            case GEXF -> {
                SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
                importer.setVertexFactory(id -> id);
                // JGraphT's own schema puts colour and size in the GEXF namespace; GEXF 1.2 and Gephi put them under viz.
                importer.setSchemaValidation(false);
                yield viaJGraphT(importer, importer, bytes);
            }
            case DOT -> {
                DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
                importer.setVertexFactory(id -> id);
                yield viaJGraphT(importer, importer, bytes);
            }
            case CYTOSCAPE -> viaJson(bytes);
        };
    }

    private static Imported viaJGraphT(GraphImporter<String, DefaultEdge> importer,
            BaseEventDrivenImporter<String, DefaultEdge> events, byte[] bytes) throws IOException {
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttributes = new HashMap<>();
        events.addVertexAttributeConsumer((p, a) -> keep(nodes.computeIfAbsent(p.getFirst(), v -> new TreeMap<>()),
                p.getSecond(), a, FactGraph.NODE_ATTRIBUTES));
        events.addEdgeAttributeConsumer((p, a) -> keep(edgeAttributes.computeIfAbsent(p.getFirst(), e -> new TreeMap<>()),
                p.getSecond(), a, FactGraph.EDGE_ATTRIBUTES));
        Graph<String, DefaultEdge> graph = emptyGraph();
        try (Reader reader = reader(bytes)) {
            importer.importGraph(graph, reader);
        }
        // Files name nodes differently (GraphML ids must be XML name tokens): key them by their iri attribute.
        Map<String, String> iri = new HashMap<>();
        Map<String, Map<String, String>> byIri = new TreeMap<>();
        for (String v : graph.vertexSet()) {
            Map<String, String> attributes = nodes.getOrDefault(v, Map.of());
            iri.put(v, attributes.getOrDefault("iri", v));
            byIri.put(iri.get(v), attributes);
        }
        List<Map<String, String>> edges = new ArrayList<>();
        for (DefaultEdge e : graph.edgeSet()) {
            Map<String, String> m = new TreeMap<>(edgeAttributes.getOrDefault(e, Map.of()));
            m.put("source", iri.get(graph.getEdgeSource(e)));
            m.put("target", iri.get(graph.getEdgeTarget(e)));
            edges.add(m);
        }
        return new Imported(byIri, edges);
    }

    private static Imported viaJson(byte[] bytes) {
        JsonObject elements = JSON.parse(new ByteArrayInputStream(bytes)).getObj("elements");
        Map<String, Map<String, String>> nodes = new TreeMap<>();
        elements.getArray("nodes").forEach(v -> {
            JsonObject data = v.getAsObject().getObj("data");
            nodes.put(data.getString("id"), strings(data, FactGraph.NODE_ATTRIBUTES, Set.of()));
        });
        List<Map<String, String>> edges = new ArrayList<>();
        elements.getArray("edges").forEach(v -> edges.add(strings(v.getAsObject().getObj("data"), FactGraph.EDGE_ATTRIBUTES,
                Set.of("source", "target"))));
        return new Imported(nodes, edges);
    }

    private static Map<String, String> strings(JsonObject data, List<FactGraph.Attribute> declared, Set<String> extra) {
        Map<String, String> out = new TreeMap<>();
        data.forEach((name, value) -> {
            if (extra.contains(name)) {
                out.put(name, value.getAsString().value());
            } else if (isDeclared(name, declared)) {
                out.put(name, normal(name, declared, json(value)));
            }
        });
        return out;
    }

    private static String json(JsonValue value) {
        return value.isNumber() ? value.getAsNumber().value().toString() : value.getAsString().value();
    }

    private static void keep(Map<String, String> into, String name, Attribute a, List<FactGraph.Attribute> declared) {
        if (isDeclared(name, declared)) {
            into.put(name, normal(name, declared, a.getValue()));
        }
    }

    private static boolean isDeclared(String name, List<FactGraph.Attribute> declared) {
        return declared.stream().anyMatch(a -> a.name().equals(name));
    }

    /** A value as a canonical string: numbers by their value, so that 3.5, 3.50 and "3.5" compare equal. */
    private static String normal(String name, List<FactGraph.Attribute> declared, String value) {
        FactGraph.ValueType type = declared.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().type();
        return switch (type) {
            case DOUBLE -> Double.toString(Double.parseDouble(value));
            case INTEGER -> Long.toString(Long.parseLong(value));
            case STRING -> value;
        };
    }

    private static Map<String, Map<String, String>> expectedNodes(FactGraph graph) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        graph.graph().vertexSet().forEach(n -> {
            Map<String, String> m = new TreeMap<>();
            n.attributes().forEach((k, v) -> m.put(k, normal(k, FactGraph.NODE_ATTRIBUTES, v.toString())));
            out.put(n.id(), m);
        });
        return out;
    }

    private static List<Map<String, String>> expectedEdges(FactGraph graph) {
        List<Map<String, String>> out = new ArrayList<>();
        graph.graph().edgeSet().forEach(e -> {
            Map<String, String> m = new TreeMap<>();
            e.attributes().forEach((k, v) -> m.put(k, normal(k, FactGraph.EDGE_ATTRIBUTES, v.toString())));
            m.put("source", graph.graph().getEdgeSource(e).id());
            m.put("target", graph.graph().getEdgeTarget(e).id());
            out.add(m);
        });
        return out;
    }

    private static List<String> sorted(List<Map<String, String>> edges) {
        return edges.stream().map(Map::toString).sorted().toList();
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
    }

    private static Reader reader(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    private Node node(String label) {
        return facts.graph().vertexSet().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
    }

    /** The one edge of {@code kind} from {@code source} (to {@code target} unless null). */
    private static Edge only(Graph<Node, Edge> g, String source, String target, String kind) {
        List<Edge> found = g.edgeSet().stream()
                .filter(e -> g.getEdgeSource(e).id().equals(source) && e.kind().equals(kind))
                .filter(e -> target == null || g.getEdgeTarget(e).id().equals(target)).toList();
        assertThat(found).as(kind + " from " + source + " to " + target).hasSize(1);
        return found.get(0);
    }
}
