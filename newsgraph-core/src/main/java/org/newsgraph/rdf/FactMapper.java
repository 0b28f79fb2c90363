package org.newsgraph.rdf;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Text;
import org.newsgraph.nlp.TextNames;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.OA;
import org.newsgraph.vocab.Prefixes;
import org.newsgraph.vocab.SCHEMA;

/**
 * Maps one article's facts to RDF. The triples form a self-contained graph: every node they use
 * is typed and labelled in it, and no blank nodes are used, so a rebuild gives the same graph.
 */
public final class FactMapper {

    /** The language of the articles, and so of the labels minted from them. */
    public static final String LANGUAGE = "en";

    private final Gazetteer names;

    /** A mapper that gives linked entities the other names the bundled gazetteer knows. */
    public FactMapper() {
        this(Gazetteer.bundled());
    }

    /** A mapper that gives each linked entity every other name {@code names} knows for its Wikidata item, as skos:altLabel. */
    public FactMapper(Gazetteer names) {
        this.names = names;
    }

    /** Emits the article's triples, each once, into {@code sink} (without calling start or finish). */
    public void map(ArticleFacts facts, StreamRDF sink) {
        new Emitter(facts.article(), names).emitAll(facts).forEach(sink::triple);
    }

    /** Emits the article's triples as quads in the article's named graph into {@code sink}. */
    public void mapToQuads(ArticleFacts facts, StreamRDF sink) {
        map(facts, StreamRDFLib.extendTriplesToQuads(Iris.graph(facts.article().id()), sink));
    }

    /** The article's triples as a new in-memory graph with NewsGraph's prefixes. */
    public Graph toGraph(ArticleFacts facts) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(Prefixes.all());
        map(facts, StreamRDFLib.graph(graph));
        return graph;
    }

    /** Collects the triples of one article in first-emitted order, without duplicates. */
    private static final class Emitter {
        private final Article article;
        private final Node articleNode;
        private final Set<Triple> triples = new LinkedHashSet<>();
        /** The article's agents by folded name, for topics that name one ("backed Ukraine"). */
        private final Map<String, Entity> agents = new HashMap<>();

        private final Gazetteer names;
        /** The other names the article's text gives its entities. */
        private TextNames textNames;

        Emitter(Article article, Gazetteer names) {
            this.article = article;
            this.names = names;
            this.articleNode = Iris.article(article.id());
        }

        Set<Triple> emitAll(ArticleFacts facts) {
            facts.entities().stream().filter(e -> e.kind().isAgent()).forEach(e -> agents.putIfAbsent(Text.fold(e.label()), e));
            textNames = new TextNames(article.text(), facts.entities());
            article();
            facts.entities().forEach(this::entity);
            for (Fact fact : facts.facts()) {
                fact(fact);
            }
            return triples;
        }

        private void article() {
            add(articleNode, RDF.type, NG.Article);
            add(articleNode, NG.articleId, string(article.id()));
            add(articleNode, NG.text, string(article.text()));
            Article.Metadata meta = article.metadata();
            meta.title().filter(t -> !t.isBlank()).ifPresent(t -> add(articleNode, SCHEMA.headline, string(t)));
            meta.published().ifPresent(d -> add(articleNode, SCHEMA.datePublished,
                    NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));
            meta.url().flatMap(FactMapper::absoluteIri).ifPresent(u -> add(articleNode, SCHEMA.url, u));
        }

        private Node entity(Entity entity) {
            if (entity.kind() == EntityKind.OFFICE) {
                return office(new Office(entity.label(), Optional.empty(), entity.wikidata()));
            }
            Node node = Iris.entity(entity);
            add(node, RDF.type, entityClass(entity.kind()));
            add(node, RDFS.label.asNode(), label(entity.label()));
            addUnaccented(node, entity.label());
            entity.wikidata().ifPresent(q -> {
                add(node, OWL.sameAs.asNode(), Iris.wikidata(q));
                otherNames(node, entity.label(), names.names(q));
            });
            otherNames(node, entity.label(), textNames.of(entity));
            add(node, NG.mentionedIn, articleNode);
            return node;
        }

        /**
         * Other names of the thing labelled {@code label}, as the gazetteer gives its item ("Varady",
         * "Várady" for "Ilona Várady") or the article's text writes it ("Varady" alone), each as skos:altLabel.
         */
        private void otherNames(Node node, String label, Iterable<String> other) {
            for (String name : other) {
                if (!name.equals(label)) {
                    add(node, SKOS.altLabel.asNode(), label(name));
                    addUnaccented(node, name);
                }
            }
        }

        /** A name written with accents is also found without them: its unaccented form as skos:altLabel. */
        private void addUnaccented(Node node, String name) {
            String unaccented = Text.unaccented(name);
            if (!unaccented.equals(name)) {
                add(node, SKOS.altLabel.asNode(), label(unaccented));
            }
        }

        private Node office(Office office) {
            Node node = Iris.office(office);
            add(node, RDF.type, NG.Office);
            add(node, RDFS.label.asNode(), label(office.label()));
            addUnaccented(node, office.label());
            add(node, NG.roleName, string(office.role()));
            office.organization().ifPresent(org -> add(node, NG.ofOrganization, entity(org)));
            office.wikidata().ifPresent(q -> {
                add(node, OWL.sameAs.asNode(), Iris.wikidata(q));
                otherNames(node, office.label(), names.names(q));
            });
            return node;
        }

        private void fact(Fact fact) {
            Node node = Iris.fact(fact);
            if (fact instanceof RoleHolding r) {
                roleHolding(node, r);
            } else if (fact instanceof Succession s) {
                succession(node, s);
            } else if (fact instanceof Endorsement e) {
                endorsement(node, e);
            } else if (fact instanceof SpendingTarget t) {
                spendingTarget(node, t);
            }
            evidence(node, fact);
        }

        private void roleHolding(Node node, RoleHolding r) {
            add(node, RDF.type, NG.RoleHolding);
            add(node, NG.holder, entity(r.person()));
            add(node, NG.office, office(r.office()));
            r.start().ifPresent(d -> add(node, NG.startDate, date(d)));
            r.end().ifPresent(d -> add(node, NG.endDate, date(d)));
            add(node, NG.status, status(r.status()));
        }

        private void succession(Node node, Succession s) {
            add(node, RDF.type, NG.Succession);
            add(node, NG.successor, entity(s.successor()));
            add(node, NG.predecessor, entity(s.predecessor()));
            s.office().ifPresent(o -> add(node, NG.office, office(o)));
            s.date().ifPresent(d -> add(node, NG.date, date(d)));
        }

        private void endorsement(Node node, Endorsement e) {
            add(node, RDF.type, NG.Endorsement);
            add(node, NG.endorser, entity(e.endorser()));
            add(node, NG.target, target(e.target()));
            add(node, NG.targetKind, targetKind(e.target().kind()));
            add(node, NG.polarity, e.polarity() == Values.Polarity.SUPPORT ? NG.Support : NG.Oppose);
            e.quote().filter(q -> !q.isBlank()).ifPresent(q -> add(node, NG.quote, string(q)));
        }

        private Node target(Endorsement.Target target) {
            if (target.kind() == Values.TargetKind.PERSON && target.entity().isPresent()) {
                return entity(target.entity().get());
            }
            Node topic = Iris.topic(target);
            add(topic, RDF.type, NG.Topic);
            add(topic, RDFS.label.asNode(), label(target.label()));
            add(topic, NG.mentionedIn, articleNode);
            target.entity().or(() -> Optional.ofNullable(agents.get(Text.fold(target.label()))))
                    .ifPresent(about -> add(topic, NG.about, entity(about)));
            return topic;
        }

        private void spendingTarget(Node node, SpendingTarget t) {
            add(node, RDF.type, NG.SpendingTarget);
            add(node, NG.actor, entity(t.actor()));
            add(node, NG.percentOfGDP, decimal(t.percent()));
            add(node, NG.scope, scope(t.scope()));
            t.country().ifPresent(c -> add(node, NG.budgetOf, entity(c)));
            t.deadline().ifPresent(y -> add(node, NG.deadline, year(y)));
            add(node, NG.targetStatus, targetStatus(t.status()));
        }

        private void evidence(Node factNode, Fact fact) {
            Evidence e = fact.evidence();
            if (!e.articleId().equals(article.id())) {
                throw new IllegalArgumentException("evidence of fact '" + fact.key() + "' names article '"
                        + e.articleId() + "' but is mapped with article '" + article.id() + "'");
            }
            Node node = Iris.evidence(fact);
            Node selector = Iris.selector(node);
            add(factNode, NG.evidence, node);
            add(node, RDF.type, NG.Evidence);
            add(node, NG.article, articleNode);
            add(node, NG.sentenceText, string(e.sentenceText()));
            add(node, NG.sentenceBegin, integer(codePoints(e.sentence().begin())));
            add(node, NG.sentenceEnd, integer(codePoints(e.sentence().end())));
            add(node, OA.hasSelector, selector);
            add(selector, RDF.type, OA.TextPositionSelector);
            add(selector, OA.start, integer(codePoints(e.span().begin())));
            add(selector, OA.end, integer(codePoints(e.span().end())));
            add(node, NG.extractor, string(e.extractor()));
            add(node, NG.confidence, decimal(BigDecimal.valueOf(e.confidence())));
        }

        /**
         * A UTF-16 offset into the article text (as the stages count) as the number of Unicode code
         * points before it, as Web Annotation's TextPositionSelector and SPARQL's SUBSTR count.
         */
        private int codePoints(int utf16) {
            String text = article.text();
            if (utf16 < 0 || utf16 > text.length()) {
                throw new IllegalArgumentException("offset " + utf16 + " is outside the text of article '" + article.id()
                        + "' (" + text.length() + " UTF-16 units)");
            }
            return text.codePointCount(0, utf16);
        }

        private void add(Node s, Property p, Resource o) {
            add(s, p.asNode(), o.asNode());
        }

        private void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Node o) {
            triples.add(Triple.create(s, p, o));
        }
    }

    /** The ontology class of an entity kind. */
    /** The text of the article {@code articleId} as {@link #toGraph} wrote it into {@code graph}, if there. */
    public static Optional<String> storedText(Graph graph, String articleId) {
        var found = graph.find(Iris.article(articleId), NG.text.asNode(), Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    static Resource entityClass(EntityKind kind) {
        return switch (kind) {
            case PERSON -> NG.Person;
            case ORGANIZATION -> NG.Organization;
            case COUNTRY -> NG.Country;
            case GROUP -> NG.Group;
            case PLACE -> NG.Place;
            case OFFICE -> NG.Office;
        };
    }

    /** The individual of a holding status. */
    public static Resource status(Values.HoldingStatus status) {
        return switch (status) {
            case CURRENT -> NG.Current;
            case FORMER -> NG.Former;
            case DESIGNATE -> NG.Designate;
        };
    }

    /** The individual of an endorsement target kind. */
    public static Resource targetKind(Values.TargetKind kind) {
        return switch (kind) {
            case PERSON -> NG.PersonTarget;
            case CANDIDACY -> NG.CandidacyTarget;
            case ACTION -> NG.ActionTarget;
            case POLICY -> NG.PolicyTarget;
        };
    }

    /** The individual of a spending scope. */
    public static Resource scope(Values.Scope scope) {
        return switch (scope) {
            case TOTAL -> NG.TotalScope;
            case CORE -> NG.CoreScope;
            case RELATED -> NG.RelatedScope;
        };
    }

    /** The individual of a spending-target status. */
    public static Resource targetStatus(Values.TargetStatus status) {
        return switch (status) {
            case AGREED -> NG.Agreed;
            case PLEDGED -> NG.Pledged;
            case PROPOSED -> NG.Proposed;
            case OPPOSED -> NG.Opposed;
            case EXISTING -> NG.Existing;
        };
    }

    /** A partial date as xsd:date, xsd:gYearMonth or xsd:gYear by its precision. */
    public static Node date(PartialDate date) {
        XSDDatatype type = switch (date.precision()) {
            case 3 -> XSDDatatype.XSDdate;
            case 2 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(date.iso(), type);
    }

    /** A year as xsd:gYear. */
    public static Node year(Year year) {
        return date(PartialDate.ofYear(year.getValue()));
    }

    /** A name as the articles write it: English text, so tagged {@code @en} (queries compare with STR or LANGMATCHES). */
    private static Node label(String s) {
        return NodeFactory.createLiteralLang(s, LANGUAGE);
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** A decimal in its canonical form ("3.0", "2.5"), as TDB2 gives it back. */
    private static Node decimal(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        String lexical = stripped.scale() <= 0 ? stripped.setScale(1).toPlainString() : stripped.toPlainString();
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    private static Optional<Node> absoluteIri(String url) {
        try {
            IRIx iri = IRIx.create(url.trim());
            return iri.isAbsolute() ? Optional.of(NodeFactory.createURI(iri.str())) : Optional.empty();
        } catch (IRIException e) {
            return Optional.empty();
        }
    }
}
