package org.newsgraph.visual;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.newsgraph.nlp.Text;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;

/**
 * The facts of a store as a directed multigraph for graph tools (Gephi, Cytoscape, Graphviz, a
 * browser): entities are nodes, facts are edges that carry their evidence.
 *
 * <p>Nodes are the entities that facts point to: persons, organisations, countries, groups,
 * offices and topics, each with the attributes {@code iri} (its id: its IRI in the store),
 * {@code label}, {@code type} and, when linked, {@code wikidata} (a Q-id). Offices also carry {@code role}
 * (e.g. "Secretary General") and {@code organization} (the organisation's label). Entities that
 * no fact points to (places, names mentioned in passing) are left out.
 *
 * <p>The graph is weighted: a fact edge weighs the number of sentences that state it.
 *
 * <p>Edges, one per fact, with {@code kind} and a readable {@code label}:
 * <ul>
 *   <li>{@code role}: holder → office, "holds Secretary General" ("held …" when former,
 *       "will hold …" when designate), with {@code status}, {@code start}, {@code end};</li>
 *   <li>{@code succession}: successor → predecessor, "succeeds", with {@code office} and {@code date};</li>
 *   <li>{@code endorsement}: endorser → target (a person or a topic), "supports" or "opposes",
 *       with {@code polarity} and {@code targetKind};</li>
 *   <li>{@code spending-target}: actor → a node for the share of GDP (type {@code spending-target},
 *       e.g. "5% of GDP", "3.5% of GDP (core)"), labelled e.g. "5% of GDP by 2035 (agreed)" or
 *       "3.5% of GDP core (agreed)", with
 *       {@code status}, {@code percent}, {@code scope}, {@code deadline}.</li>
 * </ul>
 * A fact edge's id and its {@code fact} attribute are the fact's IRI. Two structural edges, not facts, keep offices and topics attached to what they belong to:
 * {@code office-of} (office → its organisation or country) and {@code about} (topic → the entity
 * it concerns). A topic that is only an entity's name is that entity's node, and a topic that
 * names a share of GDP ("the 5% target", "5 percent of GDP goal") that share's node: one node per thing.
 * Every fact edge carries its evidence: {@code sources} (the ids of the articles that
 * state it, sorted, space-separated), {@code sentence} (the first sentence that states it, by article
 * id then position), {@code confidence} (the highest) and {@code evidence} (how many sentences).
 *
 * <p>Why a node per share of GDP rather than an edge to the actor's own organisation: the
 * interesting question in a spending story is who stands where on the same number. With one node
 * for "5% of GDP", every country that agreed, pledged or opposed it is one hop from it, so a force
 * layout in Gephi pulls them into one visible cluster and the edge labels (or a partition by
 * {@code status}) show the split; a self-describing edge to NATO would instead bury the number in an
 * edge label and make NATO a hub that means nothing. The node's id is {@code urn:newsgraph:gdp-share:SCOPE:PERCENT}:
 * it is the only node id that is not an IRI in the store, because the store has no node for a
 * share of GDP.
 *
 * <p>Values that articles may disagree on are reduced as the canned queries do: the latest
 * holding status, the most precise date (then the earliest), the earliest deadline.
 */
public final class FactGraph {

    /** Canned queries (queries/*.rq) that this graph is read with. */
    static final String NODES_QUERY = "graph-nodes";
    static final String EDGES_QUERY = "graph-edges";
    static final String EVIDENCE_QUERY = "fact-evidence";

    /** The node types of agents, which a topic that is only a name may stand for. */
    private static final Set<String> AGENT_TYPES = Set.of("person", "organization", "country", "group");

    /** The prefix of the ids of share-of-GDP nodes. */
    public static final String GDP_SHARE = "urn:newsgraph:gdp-share:";

    /** The type of an attribute's values, mapped to each format's own type names. */
    public enum ValueType { STRING, DOUBLE, INTEGER }

    /** An attribute that nodes or edges may carry: its name, the type of its values and what it means. */
    public record Attribute(String name, ValueType type, String description) {
    }

    /** The node attributes, in the order writers declare them. */
    public static final List<Attribute> NODE_ATTRIBUTES = List.of(
            new Attribute("iri", ValueType.STRING, "the entity's IRI in the store (urn:newsgraph:gdp-share:... for a share of GDP)"),
            new Attribute("label", ValueType.STRING, "name of the entity"),
            new Attribute("type", ValueType.STRING, "person, organization, country, group, office, topic or spending-target"),
            new Attribute("wikidata", ValueType.STRING, "Wikidata id (Q...) when the entity is linked"),
            new Attribute("role", ValueType.STRING, "office: the role in plain words"),
            new Attribute("organization", ValueType.STRING, "office: the organisation or country whose office it is"),
            new Attribute("percent", ValueType.DOUBLE, "spending-target: share of GDP in percent"),
            new Attribute("scope", ValueType.STRING, "spending-target: total, core or related spending"));

    /** The edge attributes, in the order writers declare them. */
    public static final List<Attribute> EDGE_ATTRIBUTES = List.of(
            new Attribute("label", ValueType.STRING, "what the edge says, in words"),
            new Attribute("fact", ValueType.STRING, "the fact's IRI in the store (none on office-of and about edges)"),
            new Attribute("kind", ValueType.STRING, "role, succession, endorsement, spending-target, office-of or about"),
            new Attribute("sources", ValueType.STRING, "ids of the articles that state the fact, space-separated"),
            new Attribute("sentence", ValueType.STRING, "first sentence that states the fact"),
            new Attribute("confidence", ValueType.DOUBLE, "highest extractor confidence over the evidence"),
            new Attribute("evidence", ValueType.INTEGER, "number of sentences that state the fact"),
            new Attribute("status", ValueType.STRING, "role: designate, current or former; spending-target: agreed, pledged, proposed, opposed or existing"),
            new Attribute("start", ValueType.STRING, "role: start date as precise as stated"),
            new Attribute("end", ValueType.STRING, "role: end date as precise as stated"),
            new Attribute("date", ValueType.STRING, "succession: when it takes effect"),
            new Attribute("office", ValueType.STRING, "succession: the office"),
            new Attribute("polarity", ValueType.STRING, "endorsement: support or oppose"),
            new Attribute("targetKind", ValueType.STRING, "endorsement: person, candidacy, action or policy"),
            new Attribute("percent", ValueType.DOUBLE, "spending-target: share of GDP in percent"),
            new Attribute("scope", ValueType.STRING, "spending-target: total, core or related"),
            new Attribute("deadline", ValueType.STRING, "spending-target: year by which to reach it"));

    /** What nodes and edges share: an id, by which they are equal, and attributes with a value. */
    abstract static class Element {
        private final String id;
        private final Map<String, Object> attributes;

        Element(String id, Map<String, Object> attributes) {
            this.id = Objects.requireNonNull(id, "id");
            this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        public String id() {
            return id;
        }

        /** The label. */
        public String label() {
            return (String) attributes.get("label");
        }

        /** The attributes that have a value (String, Double or Integer), in declaration order. */
        public Map<String, Object> attributes() {
            return attributes;
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && ((Element) o).id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return id;
        }
    }

    /** A node: an entity, or a share of GDP; its id is the entity's IRI (a {@code urn:newsgraph:gdp-share:} id for a share). */
    public static final class Node extends Element {
        Node(String id, Map<String, Object> attributes) {
            super(id, attributes);
        }

        /** person, organization, country, group, office, topic or spending-target. */
        public String type() {
            return (String) attributes().get("type");
        }

        /** The Wikidata id, when linked. */
        public Optional<String> wikidata() {
            return Optional.ofNullable((String) attributes().get("wikidata"));
        }
    }

    /** An edge: a fact (its id the fact's IRI), or an office-of or about link (the office's or topic's IRI with a fragment). */
    public static final class Edge extends Element {
        Edge(String id, Map<String, Object> attributes) {
            super(id, attributes);
        }

        /** role, succession, endorsement, spending-target, office-of or about. */
        public String kind() {
            return (String) attributes().get("kind");
        }
    }

    private final Graph<Node, Edge> graph;

    private FactGraph(Graph<Node, Edge> graph) {
        this.graph = graph;
    }

    /** Reads the facts of a store. */
    public static FactGraph read(GraphStore store) {
        return read(store.dataset());
    }

    /** Reads the facts of a dataset whose default graph is the union of the article graphs, in one read transaction. */
    public static FactGraph read(DatasetGraph dataset) {
        QueryRunner runner = new QueryRunner(dataset);
        return Txn.calculateRead(dataset, () -> new Reader(
                runner.select(QueryRunner.canned(NODES_QUERY)),
                runner.select(QueryRunner.canned(EDGES_QUERY)),
                runner.select(QueryRunner.canned(EVIDENCE_QUERY))).build());
    }

    /** The graph: a weighted directed pseudograph (parallel edges and loops allowed), nodes and edges sorted by id. */
    public Graph<Node, Edge> graph() {
        return graph;
    }

    /** The node with this id, if any. */
    public Optional<Node> node(String id) {
        return graph.vertexSet().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The edge with this id, if any. */
    public Optional<Edge> edge(String id) {
        return graph.edgeSet().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Turns query results into nodes and edges. */
    private static final class Reader {
        private final Map<String, QuerySolution> entities = new HashMap<>();
        private final ResultSetRewindable facts;
        private final Map<String, EvidenceSummary> evidence = new HashMap<>();
        private final Map<String, Node> nodes = new TreeMap<>();
        private final Map<String, Link> edges = new TreeMap<>();
        private final Map<String, Optional<String>> agentsByName = new HashMap<>();

        private record Link(String source, String target, Edge edge) {
        }

        private static final class EvidenceSummary {
            final TreeSet<String> sources = new TreeSet<>();
            String sentence;
            double confidence = Double.NEGATIVE_INFINITY;
            int count;
        }

        Reader(ResultSetRewindable nodeRows, ResultSetRewindable factRows, ResultSetRewindable evidenceRows) {
            nodeRows.forEachRemaining(row -> entities.putIfAbsent(row.getResource("entity").getURI(), row));
            indexAgents();
            this.facts = factRows;
            // fact-evidence.rq is ordered by fact, article id and position: the first row is the first sentence.
            evidenceRows.forEachRemaining(row -> {
                EvidenceSummary summary = evidence.computeIfAbsent(row.getResource("fact").getURI(), f -> new EvidenceSummary());
                summary.sources.add(row.getLiteral("articleId").getLexicalForm());
                if (summary.sentence == null) {
                    summary.sentence = row.getLiteral("sentenceText").getLexicalForm();
                }
                summary.confidence = Math.max(summary.confidence, Double.parseDouble(row.getLiteral("confidence").getLexicalForm()));
                summary.count++;
            });
        }

        FactGraph build() {
            facts.forEachRemaining(this::addFact);
            attachOfficesAndTopics();
            Graph<Node, Edge> graph = GraphTypeBuilder.<Node, Edge>directed().allowingMultipleEdges(true)
                    .allowingSelfLoops(true).weighted(true).buildGraph();
            nodes.values().forEach(graph::addVertex);
            edges.values().forEach(link -> {
                graph.addEdge(nodes.get(link.source()), nodes.get(link.target()), link.edge());
                graph.setEdgeWeight(link.edge(), weight(link.edge()));
            });
            return new FactGraph(graph);
        }

        /** A fact edge weighs as many sentences as state it; a structural edge weighs 1. */
        private static double weight(Edge edge) {
            return edge.attributes().get("evidence") instanceof Integer count ? count : 1;
        }

        private void addFact(QuerySolution row) {
            String fact = row.getResource("fact").getURI();
            String kind = string(row, "kind");
            String from = entity(row.getResource("from").getURI());
            Map<String, Object> a = new LinkedHashMap<>();
            String to;
            switch (kind) {
                case "role" -> {
                    to = entity(row.getResource("to").getURI());
                    String status = string(row, "status");
                    String verb = switch (status) {
                        case "former" -> "held ";
                        case "designate" -> "will hold ";
                        default -> "holds ";
                    };
                    Node office = nodes.get(to);
                    a.put("label", verb + Objects.requireNonNullElse((String) office.attributes().get("role"), office.label()));
                    a.put("kind", kind);
                    putEvidence(a, fact);
                    a.put("status", status);
                    put(a, "start", string(row, "start"));
                    put(a, "end", string(row, "end"));
                }
                case "succession" -> {
                    to = entity(row.getResource("to").getURI());
                    a.put("label", "succeeds");
                    a.put("kind", kind);
                    putEvidence(a, fact);
                    put(a, "date", string(row, "date"));
                    if (row.contains("office")) {
                        put(a, "office", nodes.get(entity(row.getResource("office").getURI())).label());
                    }
                }
                case "endorsement" -> {
                    to = entity(thingNamed(row.getResource("to").getURI()));
                    String polarity = string(row, "polarity");
                    a.put("label", polarity.equals("oppose") ? "opposes" : "supports");
                    a.put("kind", kind);
                    putEvidence(a, fact);
                    a.put("polarity", polarity);
                    a.put("targetKind", string(row, "targetKind"));
                }
                case "spending-target" -> {
                    BigDecimal percent = new BigDecimal(string(row, "percent"));
                    String scope = string(row, "scope");
                    String status = string(row, "status");
                    String deadline = string(row, "deadline");
                    to = gdpShare(percent, scope);
                    a.put("label", percent.stripTrailingZeros().toPlainString() + "% of GDP" + (scope.equals("total") ? "" : " " + scope)
                            + (deadline == null ? "" : " by " + deadline) + " (" + status + ")");
                    a.put("kind", kind);
                    putEvidence(a, fact);
                    a.put("status", status);
                    a.put("percent", percent.doubleValue());
                    a.put("scope", scope);
                    put(a, "deadline", deadline);
                }
                default -> throw new IllegalStateException(EDGES_QUERY + ".rq gave an unknown kind of fact: " + kind);
            }
            a.put("fact", fact);
            edges.put(fact, new Link(from, to, new Edge(fact, ordered(a, EDGE_ATTRIBUTES))));
        }

        /**
         * The entity a topic is about when the topic is only its name ("Ukraine" the policy topic
         * and Ukraine the country are one node), the share of GDP a topic names ("the 5% target" and
         * the spending targets of 5% of GDP are one node), else the topic itself.
         */
        private String thingNamed(String topic) {
            QuerySolution row = entities.get(topic);
            if (row == null || !"topic".equals(string(row, "type"))) {
                return topic;
            }
            Optional<ShareTopics.Share> share = ShareTopics.named(string(row, "label"));
            if (share.isPresent()) {
                return gdpShare(share.get().percent(), share.get().scope());
            }
            if (!row.contains("about")) {
                return agentsByName.getOrDefault(Text.fold(string(row, "label")), Optional.empty()).orElse(topic);
            }
            QuerySolution about = entities.get(row.getResource("about").getURI());
            boolean sameName = about != null && Text.fold(string(about, "label")).equals(Text.fold(string(row, "label")));
            return sameName ? row.getResource("about").getURI() : topic;
        }

        /**
         * The agents (people, organisations, countries, groups) by folded label, for topics that are
         * only an agent's name in an article that did not name the agent itself; a label two agents
         * bear names neither.
         */
        private void indexAgents() {
            entities.forEach((iri, row) -> {
                if (AGENT_TYPES.contains(string(row, "type")) && row.contains("label")) {
                    agentsByName.merge(Text.fold(string(row, "label")), Optional.of(iri), (a, b) -> Optional.empty());
                }
            });
        }

        /** Adds office-of and about edges, and their targets, until every office and topic is attached. */
        private void attachOfficesAndTopics() {
            Deque<String> todo = new ArrayDeque<>(nodes.keySet());
            while (!todo.isEmpty()) {
                String id = todo.pop();
                QuerySolution row = entities.get(id);
                if (row == null) {
                    continue;
                }
                for (String[] link : new String[][] {{"organization", "office-of", "office of"}, {"about", "about", "about"}}) {
                    if (row.contains(link[0])) {
                        String target = row.getResource(link[0]).getURI();
                        boolean added = !nodes.containsKey(target);
                        entity(target);
                        if (added) {
                            todo.push(target);
                        }
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("label", link[2]);
                        a.put("kind", link[1]);
                        String edgeId = id + "#" + link[1];
                        edges.put(edgeId, new Link(id, target, new Edge(edgeId, a)));
                    }
                }
            }
        }

        /** The node of an entity, added on first use; an untyped IRI gets type "entity" and its last path segment as label. */
        private String entity(String iri) {
            if (!nodes.containsKey(iri)) {
                QuerySolution row = entities.get(iri);
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("iri", iri);
                if (row == null) {
                    a.put("label", iri.substring(iri.lastIndexOf('/') + 1));
                    a.put("type", "entity");
                } else {
                    a.put("label", Objects.requireNonNullElse(string(row, "label"), iri));
                    a.put("type", string(row, "type"));
                    put(a, "wikidata", string(row, "wikidata"));
                    put(a, "role", string(row, "roleName"));
                    if (row.contains("organization")) {
                        QuerySolution org = entities.get(row.getResource("organization").getURI());
                        put(a, "organization", org == null ? null : string(org, "label"));
                    }
                }
                nodes.put(iri, new Node(iri, ordered(a, NODE_ATTRIBUTES)));
            }
            return iri;
        }

        /** The node of a share of GDP, added on first use. */
        private String gdpShare(BigDecimal percent, String scope) {
            String number = percent.stripTrailingZeros().toPlainString();
            String id = GDP_SHARE + scope + ":" + number;
            nodes.computeIfAbsent(id, key -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("iri", key);
                a.put("label", number + "% of GDP" + (scope.equals("total") ? "" : " (" + scope + ")"));
                a.put("type", "spending-target");
                a.put("percent", percent.doubleValue());
                a.put("scope", scope);
                return new Node(key, ordered(a, NODE_ATTRIBUTES));
            });
            return id;
        }

        private void putEvidence(Map<String, Object> a, String fact) {
            EvidenceSummary summary = evidence.get(fact);
            if (summary == null) {
                return;
            }
            a.put("sources", String.join(" ", summary.sources));
            a.put("sentence", summary.sentence);
            a.put("confidence", summary.confidence);
            a.put("evidence", summary.count);
        }

        private static void put(Map<String, Object> a, String name, String value) {
            if (value != null && !value.isEmpty()) {
                a.put(name, value);
            }
        }

        private static Map<String, Object> ordered(Map<String, Object> values, List<Attribute> order) {
            Map<String, Object> out = new LinkedHashMap<>();
            order.forEach(attribute -> {
                if (values.containsKey(attribute.name())) {
                    out.put(attribute.name(), values.get(attribute.name()));
                }
            });
            if (out.size() != values.size()) {
                List<String> unknown = new ArrayList<>(values.keySet());
                unknown.removeAll(out.keySet());
                throw new IllegalStateException("undeclared attributes: " + unknown);
            }
            return out;
        }

        private static String string(QuerySolution row, String var) {
            RDFNode node = row.get(var);
            if (node == null) {
                return null;
            }
            return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
        }
    }
}
