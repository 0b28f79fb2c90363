package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.newsgraph.vocab.Prefixes;

/**
 * Binds a query's variables to values given as text (the command line's {@code --param NAME=VALUE}),
 * with Jena's {@link ParameterizedSparqlString}, never by gluing strings. A value is read as:
 * <ul>
 *   <li>an RDF term in SPARQL syntax: {@code <IRI>}, {@code ng:Person} or {@code wd:Q42} (NewsGraph's
 *       prefixes), {@code "text"@en}, {@code "2024"^^xsd:gYear}, {@code 42};</li>
 *   <li>else an absolute IRI ({@code https://...}, {@code urn:...}) as that IRI;</li>
 *   <li>else a date {@code YYYY-MM-DD} as an {@code xsd:date};</li>
 *   <li>else the plain string.</li>
 * </ul>
 */
public final class QueryParameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.+");

    private final Map<String, Node> values;

    private QueryParameters(Map<String, Node> values) {
        this.values = values;
    }

    /** The parameters, by variable name (without '?'), from their values as text. */
    public static QueryParameters parse(Map<String, String> text) {
        Objects.requireNonNull(text, "text");
        Map<String, Node> values = new LinkedHashMap<>();
        text.forEach((name, value) -> {
            String bare = name.startsWith("?") || name.startsWith("$") ? name.substring(1) : name;
            if (!NAME.matcher(bare).matches()) {
                throw new IllegalArgumentException("--param " + name + "=" + value + ": '" + name
                        + "' is not a SPARQL variable name (letters, digits and '_')");
            }
            values.put(bare, node(name, value));
        });
        return new QueryParameters(values);
    }

    /** The values, by variable name. */
    public Map<String, Node> values() {
        return Map.copyOf(values);
    }

    /**
     * The query text with every parameter bound. Fails, naming the parameter, when the query does
     * not mention the variable (a misspelt name would otherwise silently change nothing).
     */
    public String bind(String queryText) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(queryText);
        values.forEach((name, node) -> {
            if (!Pattern.compile("[?$]" + name + "(?![A-Za-z0-9_])").matcher(queryText).find()) {
                throw new IllegalArgumentException("--param " + name + ": the query has no variable ?" + name);
            }
            pss.setParam(name, node);
        });
        return pss.toString();
    }

    private static Node node(String name, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("--param " + name + "=: the value is empty");
        }
        if (v.startsWith("<") || v.startsWith("\"") || v.startsWith("'") || v.matches("[A-Za-z][\\w-]*:[\\w.-]*")
                && Prefixes.all().containsKey(v.substring(0, v.indexOf(':'))) || v.matches("[+-]?\\d+(\\.\\d+)?")) {
            try {
                return NodeFactoryExtra.parseNode(v, PrefixMapFactory.create(Prefixes.all()));
            } catch (RiotException e) {
                throw new IllegalArgumentException("--param " + name + "=" + value + ": not an RDF term ("
                        + e.getMessage() + "); write an IRI as <https://...> and text as \"...\"", e);
            }
        }
        if (DATE.matcher(v).matches()) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        }
        if (SCHEME.matcher(v).matches()) {
            try {
                IRIx iri = IRIx.create(v);
                if (iri.isAbsolute()) {
                    return NodeFactory.createURI(iri.str());
                }
            } catch (IRIException e) {
                throw new IllegalArgumentException("--param " + name + "=" + value + ": not a valid IRI (" + e.getMessage() + ")", e);
            }
        }
        return NodeFactory.createLiteralString(v);
    }
}
