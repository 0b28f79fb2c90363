package org.newsgraph.rdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.link.LinkEvidence.PersonRole;
import org.newsgraph.link.LinkEvidence.Tenure;
import org.newsgraph.link.LinkEvidence.TopicGroup;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.WD;

/**
 * Maps {@link LinkEvidence} to the small graph a store keeps of it, {@link #GRAPH}, and back, so that
 * a later build links its articles together with those built before. The index is bookkeeping of
 * the builder, not part of the published ontology: its terms live under {@link #NS}. Entities and
 * entries are nodes named by a hash of what they hold; entities carry their kind, label and
 * Wikidata item as the articles gave them. Stateless.
 */
public final class LinkIndexMapper {

    /** The named graph of the link index in a store. */
    public static final Node GRAPH = LinkIndexGraphs.INDEX;
    /** The namespace of the index's terms. */
    public static final String NS = Iris.BASE + "link-index#";

    private static final Node INDEX = term("LinkIndex");

    /** The builder's link index graphs, {@link #GRAPH} and {@link LinkInputs#GRAPH}, which exports and the endpoint leave out. */
    public static final List<Node> GRAPHS = LinkIndexGraphs.ALL;

    /** Whether {@code graph} is one of the builder's link index {@link #GRAPHS}. */
    public static boolean isIndex(Node graph) {
        return LinkIndexGraphs.contains(graph);
    }
    private static final Node FULL_NAME = term("fullName");
    private static final Node ROLE_ORGANISATION = term("roleOrganisation");
    private static final Node SUCCESSION_START = term("successionStart");
    private static final Node SUCCESSION_END = term("successionEnd");
    private static final Node TARGETS = term("targets");
    private static final Node AGENT = term("agent");
    private static final Node ROLE = term("role");
    private static final Node ORGANISATION = term("organisation");
    private static final Node DATE = term("date");
    private static final Node POLARITY = term("polarity");
    private static final Node TARGET_KIND = term("targetKind");
    private static final Node KIND = term("kind");
    private static final Node LABEL = term("label");
    private static final Node WIKIDATA = term("wikidata");

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    /**
     * The store's link index with {@code batch} merged in, rewritten inside the write that stores
     * the batch's articles. The index is read again inside that write, so the evidence of a build
     * that committed since this one read it is kept too; an index that cannot be read (which the
     * build reports when it reads it first) is written anew.
     */
    public GraphStore.Derivation merging(LinkEvidence batch) {
        return (dataset, replaced) -> {
            LinkEvidence stored;
            try {
                stored = fromGraph(dataset.getGraph(GRAPH));
            } catch (RuntimeException e) {
                stored = LinkEvidence.EMPTY;
            }
            write(dataset, stored.merge(batch));
        };
    }

    /**
     * The store's link index gathered anew from the facts {@code inputs} keeps of every article,
     * inside the write that stores a batch, after its inputs are written: for a build that takes
     * back what the earlier version of one of its articles said, which no merge can do. Costs a
     * read of every article's kept facts; an article whose facts cannot be read gives no evidence.
     */
    public GraphStore.Derivation gathering(LinkInputs inputs) {
        return (dataset, replaced) -> write(dataset, inputs.evidence(dataset, Set.of(), id -> { }));
    }

    private void write(DatasetGraph dataset, LinkEvidence evidence) {
        Graph graph = toGraph(evidence);
        dataset.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dataset.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** The graph of {@code evidence}. */
    public Graph toGraph(LinkEvidence evidence) {
        Graph graph = GraphFactory.createDefaultGraph();
        Map<Entity, Node> entities = new HashMap<>();
        graph.add(Triple.create(GRAPH, RDF.type.asNode(), INDEX));
        evidence.fullNames().forEach(e -> graph.add(Triple.create(GRAPH, FULL_NAME, entity(graph, entities, e))));
        evidence.organisations().forEach((holder, orgs) -> orgs.forEach(org -> {
            Node entry = entry(graph, ROLE_ORGANISATION, entity(graph, entities, holder.person()), holder.role() + "|" + key(org));
            graph.add(Triple.create(entry, ROLE, NodeFactory.createLiteralString(holder.role())));
            graph.add(Triple.create(entry, ORGANISATION, entity(graph, entities, org)));
        }));
        BiConsumer<Node, Map<Tenure, PartialDate>> dates = (property, byTenure) -> byTenure.forEach((tenure, date) -> {
            Node entry = entry(graph, property, entity(graph, entities, tenure.person()),
                    tenure.office().role() + "|" + tenure.office().organization().map(LinkIndexMapper::key).orElse(""));
            graph.add(Triple.create(entry, ROLE, NodeFactory.createLiteralString(tenure.office().role())));
            tenure.office().organization().ifPresent(org -> graph.add(Triple.create(entry, ORGANISATION, entity(graph, entities, org))));
            graph.add(Triple.create(entry, DATE, FactMapper.date(date)));
        });
        dates.accept(SUCCESSION_START, evidence.starts());
        dates.accept(SUCCESSION_END, evidence.ends());
        evidence.topics().forEach((group, labels) -> {
            Node entry = entry(graph, TARGETS, entity(graph, entities, group.endorser()), group.polarity() + "|" + group.kind());
            graph.add(Triple.create(entry, POLARITY, NodeFactory.createLiteralString(group.polarity().name())));
            graph.add(Triple.create(entry, TARGET_KIND, NodeFactory.createLiteralString(group.kind().name())));
            labels.forEach(label -> graph.add(Triple.create(entry, LABEL, NodeFactory.createLiteralString(label))));
        });
        return graph;
    }

    /**
     * An entry of the index about {@code agent}: a node named by a hash of what it holds (as an
     * entity is), so that equal evidence gives an equal graph, and graphs compare without the
     * search blank nodes would need.
     */
    private static Node entry(Graph graph, Node property, Node agent, String rest) {
        Node entry = NodeFactory.createURI(Iris.BASE + "link-index/entry/" + Iris.hash(property.getURI() + "|" + agent.getURI() + "|" + rest));
        graph.add(Triple.create(GRAPH, property, entry));
        graph.add(Triple.create(entry, AGENT, agent));
        return entry;
    }

    private static String key(Entity entity) {
        return entity.kind() + "|" + entity.label() + "|" + entity.wikidata().orElse("");
    }

    private static Node entity(Graph graph, Map<Entity, Node> written, Entity entity) {
        return written.computeIfAbsent(entity, e -> {
            Node node = NodeFactory.createURI(Iris.BASE + "link-index/entity/" + Iris.hash(key(e)));
            graph.add(Triple.create(node, KIND, NodeFactory.createLiteralString(e.kind().name())));
            graph.add(Triple.create(node, LABEL, NodeFactory.createLiteralString(e.label())));
            e.wikidata().ifPresent(q -> graph.add(Triple.create(node, WIKIDATA, Iris.wikidata(q))));
            return node;
        });
    }

    /**
     * The evidence {@code graph} holds; an empty graph holds none.
     *
     * @throws IllegalArgumentException when the graph is not a link index as {@link #toGraph} writes it
     */
    public LinkEvidence fromGraph(Graph graph) {
        Reader in = new Reader(graph);
        Set<Entity> fullNames = new HashSet<>();
        in.objects(GRAPH, FULL_NAME).forEach(node -> fullNames.add(in.entity(node)));
        Map<PersonRole, Set<Entity>> organisations = new HashMap<>();
        in.objects(GRAPH, ROLE_ORGANISATION).forEach(entry -> organisations
                .computeIfAbsent(new PersonRole(in.entity(in.one(entry, AGENT)), in.string(entry, ROLE)), k -> new HashSet<>())
                .add(in.entity(in.one(entry, ORGANISATION))));
        Map<TopicGroup, Set<String>> topics = new HashMap<>();
        in.objects(GRAPH, TARGETS).forEach(entry -> {
            TopicGroup group = new TopicGroup(in.entity(in.one(entry, AGENT)), Polarity.valueOf(in.string(entry, POLARITY)),
                    TargetKind.valueOf(in.string(entry, TARGET_KIND)));
            in.objects(entry, LABEL).forEach(label -> topics.computeIfAbsent(group, k -> new HashSet<>()).add(label.getLiteralLexicalForm()));
        });
        return new LinkEvidence(fullNames, organisations, in.dates(SUCCESSION_START), in.dates(SUCCESSION_END), topics);
    }

    /** Reads the nodes of one index graph, failing with a message that names what is missing. */
    private record Reader(Graph graph) {

        List<Node> objects(Node subject, Node property) {
            return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
        }

        Node one(Node subject, Node property) {
            List<Node> found = objects(subject, property);
            if (found.size() != 1) {
                throw new IllegalArgumentException("the link index " + GRAPH.getURI() + " has " + found.size() + " values of "
                        + property.getLocalName() + " where one was expected, on " + subject);
            }
            return found.get(0);
        }

        String string(Node subject, Node property) {
            return one(subject, property).getLiteralLexicalForm();
        }

        Optional<Node> optional(Node subject, Node property) {
            List<Node> found = objects(subject, property);
            return found.isEmpty() ? Optional.empty() : Optional.of(one(subject, property));
        }

        Entity entity(Node node) {
            Optional<String> wikidata = optional(node, WIKIDATA).map(item -> item.getURI().substring(WD.NS.length()));
            return new Entity(EntityKind.valueOf(string(node, KIND)), string(node, LABEL), wikidata);
        }

        Map<Tenure, PartialDate> dates(Node property) {
            Map<Tenure, PartialDate> dates = new HashMap<>();
            objects(GRAPH, property).forEach(entry -> {
                Office office = new Office(string(entry, ROLE), optional(entry, ORGANISATION).map(this::entity));
                dates.put(new Tenure(entity(one(entry, AGENT)), office), PartialDate.parse(string(entry, DATE)));
            });
            return dates;
        }
    }
}
