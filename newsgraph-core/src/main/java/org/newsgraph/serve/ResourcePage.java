package org.newsgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.store.QueryRunner;
import org.newsgraph.vocab.NG;
import org.newsgraph.vocab.Prefixes;
import org.newsgraph.vocab.SCHEMA;
import org.newsgraph.vocab.WD;

/**
 * The HTML page of a resource or of a graph: its labels and types, its statements with links to
 * the other resources (on this server) and to Wikidata, and for entities and facts the facts with
 * the sentences that state them. Every text is escaped; only http(s) IRIs become links. Read
 * inside the caller's read transaction.
 */
final class ResourcePage {

    private static final Set<Node> FACT_KINDS = Set.of(NG.RoleHolding.asNode(), NG.Succession.asNode(),
            NG.Endorsement.asNode(), NG.SpendingTarget.asNode());
    private static final Set<Node> EXPLORABLE = Set.of(NG.Person.asNode(), NG.Organization.asNode(), NG.Country.asNode(),
            NG.Group.asNode(), NG.Place.asNode(), NG.Office.asNode(), NG.Topic.asNode());
    private static final int MAX_LINKS_IN = 200;
    private static final List<Node> NAMES = List.of(RDFS.label.asNode(), SCHEMA.headline.asNode(), NG.articleId.asNode(),
            NG.sentenceText.asNode());

    private final DatasetGraph dataset;
    private final Graph union;
    private final String base;
    private final PrefixMapping prefixes = Prefixes.mapping();

    ResourcePage(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
        this.base = base;
    }

    /** The page of a resource from its concise bounded description. */
    String resource(Node iri, Graph description) {
        StringBuilder out = new StringBuilder();
        String title = title(iri, description);
        head(out, title);
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p class=\"iri\"><code>").append(escape(iri.getURI())).append("</code></p>\n");
        List<Node> types = description.find(iri, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (!types.isEmpty()) {
            out.append("<p class=\"types\">");
            types.forEach(t -> out.append(link(t)).append(' '));
            out.append("</p>\n");
        }
        List<Node> wikidata = description.find(iri, OWL.sameAs.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(WD.NS)).toList();
        for (Node item : wikidata) {
            String qid = item.getURI().substring(WD.NS.length());
            out.append("<p class=\"wikidata\">Wikidata: <a href=\"").append(escape("https://www.wikidata.org/wiki/" + qid))
                    .append("\">").append(escape(qid)).append("</a></p>\n");
        }
        if (types.stream().anyMatch(EXPLORABLE::contains)) {
            out.append("<p><a href=\"/?entity=").append(escape(URLEncoder.encode(iri.getURI(), StandardCharsets.UTF_8)))
                    .append("\">Open in the explorer</a></p>\n");
        }
        out.append("<h2>Statements</h2>\n");
        statements(out, iri, description);
        facts(out, iri);
        linksIn(out, iri);
        foot(out);
        return out.toString();
    }

    /** A resource's name; for a fact, which has none, its kind and participants ("succession: A, B, C"). */
    private String title(Node iri, Graph description) {
        String label = label(iri);
        if (!label.equals(prefixes.shortForm(iri.getURI()))) {
            return label;
        }
        return description.find(iri, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(FACT_KINDS::contains)
                .nextOptional()
                .map(kind -> label(kind) + ": " + String.join(", ", description.find(iri, Node.ANY, Node.ANY)
                        .mapWith(Triple::getObject)
                        .filterKeep(o -> o.isURI() && o.getURI().startsWith(base) && !o.getURI().startsWith(NG.NS)
                                && !o.getURI().startsWith(base + "id/evidence/"))
                        .mapWith(this::label).toList()))
                .orElse(label);
    }

    /** The page of a graph (an article's graph, the ontology): its resources, each with its statements. */
    String document(Node iri, Graph graph) {
        StringBuilder out = new StringBuilder();
        String title = union.contains(iri, RDFS.label.asNode(), Node.ANY) ? label(iri) : "Graph " + iri.getURI();
        head(out, title);
        out.append("<h1>").append(escape(title)).append("</h1>\n");
        out.append("<p class=\"iri\"><code>").append(escape(iri.getURI())).append("</code> · ")
                .append(graph.size()).append(" triples</p>\n");
        List<Node> subjects = new ArrayList<>(graph.find().mapWith(Triple::getSubject).toSet());
        subjects.sort(Comparator.comparing(ResourcePage::sortKey));
        for (Node subject : subjects) {
            out.append("<section");
            if (subject.isURI() && subject.getURI().contains("#")) {
                out.append(" id=\"").append(escape(subject.getURI().substring(subject.getURI().indexOf('#') + 1))).append('"');
            }
            out.append(">\n<h2>").append(link(subject)).append("</h2>\n");
            statements(out, subject, graph);
            out.append("</section>\n");
        }
        foot(out);
        return out.toString();
    }

    /** The page for an IRI the store knows nothing of. */
    static String notFound(String iri) {
        StringBuilder out = new StringBuilder();
        head(out, "Not found");
        out.append("<h1>Not found</h1>\n<p>Nothing is known of <code>").append(escape(iri)).append("</code>.</p>\n");
        out.append("<p><a href=\"/\">Search the graph</a></p>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void statements(StringBuilder out, Node subject, Graph graph) {
        List<Triple> triples = graph.find(subject, Node.ANY, Node.ANY).toList().stream()
                .sorted(Comparator.comparing((Triple t) -> sortKey(t.getPredicate())).thenComparing(t -> sortKey(t.getObject())))
                .toList();
        out.append("<table class=\"statements\">\n");
        for (Triple t : triples) {
            out.append("<tr><th>").append(link(t.getPredicate())).append("</th><td>").append(value(t.getObject()))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** The facts the resource is or takes part in, with their sentences. */
    private void facts(StringBuilder out, Node iri) {
        Map<Node, List<Binding>> byFact = new LinkedHashMap<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(QueryRunner.canned("evidence-about"))
                .substitution(Var.alloc("resource"), iri).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row -> byFact.computeIfAbsent(row.get("fact"), f -> new ArrayList<>()).add(row));
        }
        if (byFact.isEmpty()) {
            return;
        }
        out.append("<h2>").append(byFact.containsKey(iri) ? "Evidence" : "Facts").append("</h2>\n<ul class=\"facts\">\n");
        byFact.forEach((fact, rows) -> {
            Binding first = rows.get(0);
            out.append("<li><a href=\"").append(escape(href(fact))).append("\">").append(escape(label(first.get("kind"))))
                    .append("</a>");
            if (first.get("role") != null) {
                out.append(" (as ").append(escape(label(first.get("role")))).append(')');
            }
            out.append(participants(fact, iri)).append("\n<ul class=\"evidence\">\n");
            for (Binding row : rows) {
                out.append("<li><q>").append(escape(row.get("sentence").getLiteralLexicalForm())).append("</q> <span class=\"article\">")
                        .append(escape(row.get("articleId").getLiteralLexicalForm())).append("</span></li>\n");
            }
            out.append("</ul></li>\n");
        });
        out.append("</ul>\n");
    }

    /** The other resources a fact points to, as links. */
    private String participants(Node fact, Node except) {
        StringBuilder out = new StringBuilder();
        union.find(fact, Node.ANY, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            if (o.isURI() && !o.equals(except) && o.getURI().startsWith(base) && !t.getPredicate().equals(NG.evidence.asNode())
                    && !t.getPredicate().equals(RDF.type.asNode()) && !o.getURI().startsWith(NG.NS)) {
                out.append(out.length() == 0 ? ": " : ", ").append(escape(label(t.getPredicate()))).append(' ').append(link(o));
            }
        });
        return out.toString();
    }

    /** What else points to the resource, other than facts (listed with their evidence). */
    private void linksIn(StringBuilder out, Node iri) {
        List<Triple> in = union.find(Node.ANY, Node.ANY, iri)
                .filterDrop(t -> FACT_KINDS.stream().anyMatch(kind -> union.contains(t.getSubject(), RDF.type.asNode(), kind)))
                .toList().stream()
                .sorted(Comparator.comparing((Triple t) -> sortKey(t.getPredicate())).thenComparing(t -> sortKey(t.getSubject())))
                .limit(MAX_LINKS_IN).toList();
        if (in.isEmpty()) {
            return;
        }
        out.append("<h2>Linked from</h2>\n<table class=\"statements\">\n");
        in.forEach(t -> out.append("<tr><td>").append(link(t.getSubject())).append("</td><th>").append(link(t.getPredicate()))
                .append("</th></tr>\n"));
        out.append("</table>\n");
    }

    private static void head(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append(" – NewsGraph</title>\n<link rel=\"stylesheet\" href=\"/explorer/resource.css\">\n</head>\n<body>\n")
                .append("<header><a href=\"/\">NewsGraph</a> · <a href=\"/.well-known/void\">VoID</a></header>\n<main>\n");
    }

    private static void foot(StringBuilder out) {
        out.append("<footer><p>The same IRI answers with RDF by content negotiation: ask for <code>text/turtle</code>, ")
                .append("<code>application/ld+json</code>, <code>application/n-triples</code> or <code>application/rdf+xml</code> ")
                .append("in the <code>Accept</code> header.</p></footer>\n</main>\n</body>\n</html>\n");
    }

    /** A value: a link for an IRI, the text of a literal (with its language or datatype). */
    private String value(Node node) {
        if (!node.isLiteral()) {
            return link(node);
        }
        String lexical = escape(node.getLiteralLexicalForm());
        String lang = node.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return lexical + " <span class=\"lang\">@" + escape(lang) + "</span>";
        }
        String type = node.getLiteralDatatypeURI();
        if (type == null || type.equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring.getURI())) {
            return lexical.length() > 200 ? "<div class=\"text\">" + lexical + "</div>" : lexical;
        }
        return lexical + " <span class=\"datatype\">" + escape(prefixes.shortForm(type)) + "</span>";
    }

    /** A link to a resource, named by its label: on this server for IRIs under the base, else the IRI itself. */
    private String link(Node node) {
        if (!node.isURI()) {
            return escape(node.toString());
        }
        String text = escape(label(node));
        String href = href(node);
        return href == null ? text : "<a href=\"" + escape(href) + "\">" + text + "</a>";
    }

    /** Where a link to {@code node} goes: a path on this server under the base, an http(s) IRI, or nothing. */
    private String href(Node node) {
        String iri = node.getURI();
        if (iri.startsWith(base)) {
            return "/" + iri.substring(base.length());
        }
        if (iri.startsWith(WD.NS)) {
            return "https://www.wikidata.org/wiki/" + iri.substring(WD.NS.length());
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    /**
     * The name of a resource: its English label (the smallest when there are several), else an
     * article's headline or id, else its prefixed name or IRI.
     */
    private String label(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        for (Node property : NAMES) {
            List<Node> names = union.find(node, property, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
            if (!names.isEmpty()) {
                return names.stream().sorted(Comparator.comparing((Node l) -> !l.getLiteralLanguage().equalsIgnoreCase("en"))
                        .thenComparing(Node::getLiteralLexicalForm)).findFirst().orElseThrow().getLiteralLexicalForm();
            }
        }
        return prefixes.shortForm(node.getURI());
    }

    private static String sortKey(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** {@code s} with the five characters that are markup in HTML escaped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
