package org.newsgraph.wikidata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.wikidata.WikidataFacts.PositionStatement;
import org.newsgraph.wikidata.WikidataFacts.Reason;
import org.newsgraph.wikidata.WikidataFacts.Reference;
import org.newsgraph.wikidata.WikidataFacts.SkippedFact;

/**
 * Reads the linked facts of a store and writes them the way Wikidata's RDF dump does: for a role
 * holding whose person and office are both {@code owl:sameAs} a Wikidata item, the truthy triple
 * {@code wd:Qperson wdt:P39 wd:Qoffice} and a statement node with {@code ps:P39}, normal rank, the
 * qualifiers start time (P580), end time (P582), replaces (P1365) and replaced by (P1366), and one
 * reference node per piece of evidence (P854 reference URL, P813 retrieved, P1683 quotation).
 *
 * <p>Statement, reference and value node ids are minted by NewsGraph from hashes (see
 * {@link PositionStatement#id()}); they are not Wikidata's ids and change nothing there.
 *
 * <p>Retrieved (P813) is the article's {@code schema:datePublished} when its front matter gives
 * one, and left out otherwise: NewsGraph does not record when an article was fetched, and the build
 * date would make two builds of the same input differ. The publication date is the earliest day the
 * article can have been read.
 */
public final class WikidataMapper {

    /** The named graph that holds the Wikidata-shaped statements in the store. */
    public static final Node GRAPH = NodeFactory.createURI(Iris.GRAPH + "wikidata");

    private static final Pattern ITEM = Pattern.compile(Pattern.quote(Wikibase.WD) + "Q[1-9][0-9]*");
    private static final Comparator<Node> NODES = NodeCmp::compareRDFTerms;

    /** Reads the linked facts of {@code dataset} (the union of its named graphs) in a read transaction. */
    public WikidataFacts read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> read(dataset.getUnionGraph()));
    }

    /** Reads the linked facts of one graph holding NewsGraph facts. */
    public WikidataFacts read(Graph graph) {
        return new Reader(graph).read();
    }

    /** The Wikidata-shaped graph of {@code dataset}'s facts, with the Wikidata prefixes. */
    public Graph toGraph(DatasetGraph dataset) {
        return toGraph(read(dataset));
    }

    /** The Wikidata-shaped graph of {@code facts}, with the Wikidata prefixes. */
    public Graph toGraph(WikidataFacts facts) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Wikibase.prefixes());
        emit(facts, StreamRDFLib.graph(graph));
        return graph;
    }

    /** Emits the prefixes and the triples of {@code facts} into {@code sink} (without calling start or finish). */
    public void emit(WikidataFacts facts, StreamRDF sink) {
        Wikibase.prefixes().forEach(sink::prefix);
        Set<Triple> triples = new LinkedHashSet<>();
        for (PositionStatement s : facts.statements()) {
            statement(s, triples);
        }
        triples.forEach(sink::triple);
    }

    /** The store's Wikidata graph ({@link #GRAPH}) as a graph derived from its article graphs, rewritten whole. */
    public GraphStore.DerivedGraph derivedGraph() {
        return new GraphStore.DerivedGraph(GRAPH, union -> toGraph(read(union)));
    }

    /**
     * The store's Wikidata graph ({@link #GRAPH}) kept up to date person by person: only the
     * statements of the people whose articles a write replaces are rewritten, so its cost follows
     * the articles written, not the size of the store.
     */
    public GraphStore.Derivation updatedGraph() {
        return new WikidataGraphUpdate(this);
    }

    /** The statements about the person with Wikidata id {@code qid} among the facts of {@code graph}, as {@link #read(Graph)} gives them. */
    List<PositionStatement> statementsOf(Graph graph, String qid) {
        return new Reader(graph).statementsOf(qid);
    }

    /** The triples of one statement, with its references and values. */
    static Set<Triple> triples(PositionStatement statement) {
        Set<Triple> triples = new LinkedHashSet<>();
        statement(statement, triples);
        return triples;
    }

    /** The id of the Wikidata item {@code node} names, such as Q57792, if it names one. */
    static Optional<String> itemId(Node node) {
        return Optional.of(node).filter(Node::isURI).map(Node::getURI).filter(u -> ITEM.matcher(u).matches())
                .map(u -> u.substring(Wikibase.WD.length()));
    }

    private static void statement(PositionStatement s, Set<Triple> out) {
        Node person = Wikibase.entity(s.person());
        Node position = Wikibase.entity(s.position());
        Node node = NodeFactory.createURI(Wikibase.STATEMENTS + s.id());
        add(out, person, Wikibase.property(Wikibase.WDT, Wikibase.POSITION_HELD), position);
        add(out, person, Wikibase.property(Wikibase.P, Wikibase.POSITION_HELD), node);
        add(out, node, Wikibase.TYPE, Wikibase.STATEMENT);
        // The statement is the only one NewsGraph writes for this fact and has normal rank, so it is
        // a best-rank statement, which is what the truthy wdt: triple stands for.
        add(out, node, Wikibase.TYPE, Wikibase.BEST_RANK);
        add(out, node, Wikibase.RANK, Wikibase.NORMAL_RANK);
        add(out, node, Wikibase.property(Wikibase.PS, Wikibase.POSITION_HELD), position);
        s.start().ifPresent(t -> time(node, Wikibase.START_TIME, t, out));
        s.end().ifPresent(t -> time(node, Wikibase.END_TIME, t, out));
        if (s.endUnknown()) {
            // "Former" without a date: the holding is over, when is unknown; not a bare, current-looking P39.
            add(out, node, Wikibase.property(Wikibase.PQ, Wikibase.END_TIME), NodeFactory.createURI(Wikibase.UNKNOWN_VALUES + s.id() + "-end"));
        }
        s.replaces().forEach(q -> add(out, node, Wikibase.property(Wikibase.PQ, Wikibase.REPLACES), Wikibase.entity(q)));
        s.replacedBy().forEach(q -> add(out, node, Wikibase.property(Wikibase.PQ, Wikibase.REPLACED_BY), Wikibase.entity(q)));
        for (Reference r : s.references()) {
            Node ref = NodeFactory.createURI(Wikibase.REFERENCES + r.id());
            add(out, node, Wikibase.WAS_DERIVED_FROM, ref);
            add(out, ref, Wikibase.TYPE, Wikibase.REFERENCE);
            r.url().ifPresent(u -> add(out, ref, Wikibase.property(Wikibase.PR, Wikibase.REFERENCE_URL), NodeFactory.createURI(u)));
            r.published().ifPresent(t -> add(out, ref, Wikibase.property(Wikibase.PR, Wikibase.PUBLICATION_DATE), dateTime(t)));
            r.title().ifPresent(t -> add(out, ref, Wikibase.property(Wikibase.PR, Wikibase.TITLE), NodeFactory.createLiteralLang(t, "en")));
            add(out, ref, Wikibase.property(Wikibase.PR, Wikibase.QUOTATION), NodeFactory.createLiteralLang(r.quotation(), "en"));
        }
    }

    /** A time qualifier: the simple value (pq:) and the full value node with its precision (pqv:). */
    private static void time(Node statement, String pid, WikidataTime time, Set<Triple> out) {
        add(out, statement, Wikibase.property(Wikibase.PQ, pid), dateTime(time));
        // Value node ids are NewsGraph's hash of the value, like Wikidata's (whose hashes differ).
        Node value = NodeFactory.createURI(Wikibase.VALUES + Iris.hash("time|" + time.dateTime() + "|" + time.precision()));
        add(out, statement, Wikibase.property(Wikibase.PQV, pid), value);
        add(out, value, Wikibase.TYPE, Wikibase.TIME_VALUE);
        add(out, value, Wikibase.TIME_VALUE_PROPERTY, dateTime(time));
        add(out, value, Wikibase.TIME_PRECISION, integer(time.precision()));
        add(out, value, Wikibase.TIME_TIMEZONE, integer(0));
        add(out, value, Wikibase.TIME_CALENDAR_MODEL, Wikibase.entity(Wikibase.GREGORIAN));
    }

    private static Node dateTime(WikidataTime time) {
        return NodeFactory.createLiteralDT(time.dateTime(), XSDDatatype.XSDdateTime);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    private static void add(Set<Triple> out, Node s, Node p, Node o) {
        out.add(Triple.create(s, p, o));
    }

    /** Reads facts from one graph; all lists sorted so that equal stores give equal output. */
    private static final class Reader {
        private final Graph graph;
        private final List<SkippedFact> skipped = new ArrayList<>();

        Reader(Graph graph) {
            this.graph = graph;
        }

        WikidataFacts read() {
            Map<Node, Holding> holdings = new LinkedHashMap<>();
            for (Node fact : facts(NG.RoleHolding.asNode())) {
                roleHolding(fact).ifPresent(h -> holdings.put(fact, h));
            }
            for (Node fact : facts(NG.Succession.asNode())) {
                succession(fact, holdings.values());
            }
            for (Node fact : facts(NG.Endorsement.asNode())) {
                Node endorser = one(fact, NG.endorser.asNode()).orElse(fact);
                String polarity = NG.Oppose.asNode().equals(one(fact, NG.polarity.asNode()).orElse(null)) ? " opposes " : " supports ";
                String target = one(fact, NG.target.asNode()).map(this::label).orElse("?");
                skip(fact, "endorsement", label(endorser) + polarity + target, Reason.NO_WIKIDATA_PROPERTY,
                        "Wikidata has no property for endorsements");
            }
            for (Node fact : facts(NG.SpendingTarget.asNode())) {
                Node actor = one(fact, NG.actor.asNode()).orElse(fact);
                String percent = one(fact, NG.percentOfGDP.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).orElse("?");
                skip(fact, "spending target", label(actor) + " " + percent + "% of GDP", Reason.NO_WIKIDATA_PROPERTY,
                        "Wikidata has no property for defence-spending targets");
            }
            return new WikidataFacts(sorted(holdings.values()), skipped);
        }

        /**
         * The statements of one person: the role holdings of every node the same as the item
         * {@code qid}, qualified by the successions the person is in.
         */
        List<PositionStatement> statementsOf(String qid) {
            Set<Node> people = new LinkedHashSet<>();
            graph.find(Node.ANY, OWL.sameAs.asNode(), Wikibase.entity(qid)).forEachRemaining(t -> people.add(t.getSubject()));
            Map<Node, Holding> holdings = new LinkedHashMap<>();
            for (Node fact : factsOf(people, NG.RoleHolding.asNode(), NG.holder.asNode())) {
                roleHolding(fact).filter(h -> h.person.equals(qid)).ifPresent(h -> holdings.put(fact, h));
            }
            for (Node fact : factsOf(people, NG.Succession.asNode(), NG.successor.asNode(), NG.predecessor.asNode())) {
                succession(fact, holdings.values());
            }
            return sorted(holdings.values());
        }

        private static List<PositionStatement> sorted(Collection<Holding> holdings) {
            return holdings.stream().map(Holding::statement)
                    .sorted(Comparator.comparing(PositionStatement::person).thenComparing(PositionStatement::position)
                            .thenComparing(PositionStatement::fact))
                    .toList();
        }

        /** The facts of {@code type} that have one of {@code people} as a value of one of {@code roles}, sorted. */
        private List<Node> factsOf(Set<Node> people, Node type, Node... roles) {
            TreeSet<Node> facts = new TreeSet<>(NODES);
            for (Node person : people) {
                for (Node role : roles) {
                    graph.find(Node.ANY, role, person).forEachRemaining(t -> facts.add(t.getSubject()));
                }
            }
            facts.removeIf(fact -> !fact.isURI() || !graph.contains(fact, RDF.type.asNode(), type));
            return new ArrayList<>(facts);
        }

        private Optional<Holding> roleHolding(Node fact) {
            Optional<Node> person = one(fact, NG.holder.asNode());
            Optional<Node> office = one(fact, NG.office.asNode());
            Optional<String> personQ = person.flatMap(this::qid);
            Optional<String> officeQ = office.flatMap(this::qid);
            String personLabel = person.map(this::label).orElse("?");
            String officeLabel = office.map(this::label).orElse("?");
            String description = personLabel + ", " + officeLabel;
            if (personQ.isEmpty()) {
                skip(fact, "role holding", description, Reason.UNLINKED_PERSON, "the holder " + personLabel + " has no Wikidata id"
                        + (officeQ.isEmpty() ? ", nor has the office " + officeLabel : ""));
                return Optional.empty();
            }
            if (officeQ.isEmpty()) {
                skip(fact, "role holding", description, Reason.UNLINKED_OFFICE, "the office " + officeLabel + " has no Wikidata id");
                return Optional.empty();
            }
            Optional<Node> status = one(fact, NG.status.asNode());
            Optional<WikidataTime> start = bestDate(fact, NG.startDate.asNode());
            // A designate with a start date is a statement whose start says when; without one it would read as held today.
            if (status.filter(NG.Designate.asNode()::equals).isPresent() && start.isEmpty()) {
                skip(fact, "role holding", description, Reason.NOT_YET_HELD, personLabel + " is designated, not yet in office, and the text gives no start date");
                return Optional.empty();
            }
            return Optional.of(new Holding(fact.getURI(), personQ.get(), personLabel, officeQ.get(), officeLabel,
                    start, bestDate(fact, NG.endDate.asNode()), status.filter(NG.Former.asNode()::equals).isPresent(),
                    references(fact)));
        }

        /** Puts a succession on the P39 statements it qualifies: P1365 on the successor's, P1366 on the predecessor's. */
        private void succession(Node fact, Collection<Holding> holdings) {
            Optional<Node> successor = one(fact, NG.successor.asNode());
            Optional<Node> predecessor = one(fact, NG.predecessor.asNode());
            Optional<Node> office = one(fact, NG.office.asNode());
            String successorLabel = successor.map(this::label).orElse("?");
            String predecessorLabel = predecessor.map(this::label).orElse("?");
            String description = successorLabel + " succeeds " + predecessorLabel + office.map(o -> " as " + label(o)).orElse("");
            Optional<String> successorQ = successor.flatMap(this::qid);
            Optional<String> predecessorQ = predecessor.flatMap(this::qid);
            if (successorQ.isEmpty() || predecessorQ.isEmpty()) {
                List<String> unlinked = new ArrayList<>();
                if (successorQ.isEmpty()) {
                    unlinked.add("the successor " + successorLabel);
                }
                if (predecessorQ.isEmpty()) {
                    unlinked.add("the predecessor " + predecessorLabel);
                }
                skip(fact, "succession", description, Reason.UNLINKED_PERSON, String.join(" and ", unlinked) + " without a Wikidata id");
                return;
            }
            if (office.isEmpty()) {
                skip(fact, "succession", description, Reason.NO_POSITION_STATEMENT,
                        "it names no office, so there is no position-held statement for replaces/replaced by");
                return;
            }
            Optional<String> officeQ = qid(office.get());
            if (officeQ.isEmpty()) {
                skip(fact, "succession", description, Reason.UNLINKED_OFFICE, "the office " + label(office.get()) + " has no Wikidata id");
                return;
            }
            boolean qualified = false;
            for (Holding h : holdings) {
                if (!h.position.equals(officeQ.get())) {
                    continue;
                }
                if (h.person.equals(successorQ.get())) {
                    h.replaces.add(predecessorQ.get());
                    qualified = true;
                } else if (h.person.equals(predecessorQ.get())) {
                    h.replacedBy.add(successorQ.get());
                    qualified = true;
                }
            }
            if (!qualified) {
                skip(fact, "succession", description, Reason.NO_POSITION_STATEMENT,
                        "neither person has a role holding of the office to carry replaces/replaced by");
            }
        }

        private List<Reference> references(Node fact) {
            Set<Reference> references = new LinkedHashSet<>();
            for (Node evidence : objects(fact, NG.evidence.asNode())) {
                Optional<String> quotation = one(evidence, NG.sentenceText.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
                if (quotation.isEmpty()) {
                    continue;
                }
                Optional<Node> article = one(evidence, NG.article.asNode());
                Optional<String> url = article.flatMap(a -> one(a, SCHEMA.url.asNode())).filter(Node::isURI).map(Node::getURI);
                Optional<WikidataTime> published = article.flatMap(a -> one(a, SCHEMA.datePublished.asNode()))
                        .filter(Node::isLiteral).flatMap(n -> time(n.getLiteralLexicalForm()));
                Optional<String> title = article.flatMap(a -> one(a, SCHEMA.headline.asNode())).filter(Node::isLiteral)
                        .map(Node::getLiteralLexicalForm);
                references.add(new Reference(url, published, title, quotation.get()));
            }
            return references.stream().sorted(Comparator.comparing(Reference::id)).toList();
        }

        /** The most precise date stated (longest form), then the earliest; as roles.rq chooses. */
        private Optional<WikidataTime> bestDate(Node fact, Node property) {
            return objects(fact, property).stream().filter(Node::isLiteral).map(n -> time(n.getLiteralLexicalForm()))
                    .flatMap(Optional::stream)
                    .min(Comparator.comparingInt((WikidataTime t) -> -t.precision()).thenComparing(Comparator.naturalOrder()));
        }

        private static Optional<WikidataTime> time(String lexical) {
            try {
                return Optional.of(WikidataTime.parse(lexical));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private void skip(Node fact, String kind, String description, Reason reason, String detail) {
            skipped.add(new SkippedFact(fact.getURI(), kind, description, reason, detail));
        }

        private List<Node> facts(Node type) {
            TreeSet<Node> facts = new TreeSet<>(NODES);
            graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> facts.add(t.getSubject()));
            facts.removeIf(n -> !n.isURI());
            return new ArrayList<>(facts);
        }

        private List<Node> objects(Node subject, Node property) {
            TreeSet<Node> objects = new TreeSet<>(NODES);
            graph.find(subject, property, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
            return new ArrayList<>(objects);
        }

        private Optional<Node> one(Node subject, Node property) {
            return objects(subject, property).stream().findFirst();
        }

        /** The Wikidata item id the node is the same as, such as Q57792; the smallest when there are several. */
        private Optional<String> qid(Node node) {
            return objects(node, OWL.sameAs.asNode()).stream().map(WikidataMapper::itemId).flatMap(Optional::stream).findFirst();
        }

        private String label(Node node) {
            return one(node, RDFS.label.asNode()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                    .orElse(node.isURI() ? node.getURI() : node.toString());
        }
    }

    /** A role holding being read; successions add to its replaces and replaced-by sets. */
    private static final class Holding {
        final String fact;
        final String person;
        final String personLabel;
        final String position;
        final String positionLabel;
        final Optional<WikidataTime> start;
        final Optional<WikidataTime> end;
        final boolean ended;
        final Set<String> replaces = new TreeSet<>();
        final Set<String> replacedBy = new TreeSet<>();
        final List<Reference> references;

        Holding(String fact, String person, String personLabel, String position, String positionLabel,
                Optional<WikidataTime> start, Optional<WikidataTime> end, boolean ended, List<Reference> references) {
            this.fact = fact;
            this.person = person;
            this.personLabel = personLabel;
            this.position = position;
            this.positionLabel = positionLabel;
            this.start = start;
            this.end = end;
            this.ended = ended;
            this.references = references;
        }

        PositionStatement statement() {
            return new PositionStatement(fact, person, personLabel, position, positionLabel, start, end, ended,
                    new TreeSet<>(replaces), new TreeSet<>(replacedBy), references);
        }
    }
}
