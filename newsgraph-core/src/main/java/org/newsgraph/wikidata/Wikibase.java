package org.newsgraph.wikidata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.Iris;

/**
 * The namespaces and terms of Wikidata's RDF dump format that NewsGraph writes, with the prefixes
 * the Wikidata Query Service uses.
 */
public final class Wikibase {

    static {
        // The nodes below use Jena's vocabularies, which need Jena initialised first, whatever class is loaded first.
        JenaSystem.init();
    }

    /** Items: wd:Q57792. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** Truthy (best-rank) values: wdt:P39. */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    /** From an item to its statement nodes: p:P39. */
    public static final String P = "http://www.wikidata.org/prop/";
    /** From a statement node to its main value: ps:P39. */
    public static final String PS = "http://www.wikidata.org/prop/statement/";
    /** From a statement node to a qualifier's simple value: pq:P580. */
    public static final String PQ = "http://www.wikidata.org/prop/qualifier/";
    /** From a statement node to a qualifier's full value node: pqv:P580. */
    public static final String PQV = "http://www.wikidata.org/prop/qualifier/value/";
    /** From a reference node to a reference value: pr:P854. */
    public static final String PR = "http://www.wikidata.org/prop/reference/";
    /**
     * NewsGraph's statement nodes, ngs:Q57792-newsgraph-.... Statement, reference and value nodes
     * are NewsGraph's own, under its base: Wikidata mints its own ids for them on upload, and an IRI
     * in Wikidata's namespaces would claim a node that Wikidata does not have.
     */
    public static final String STATEMENTS = Iris.ID + "wikidata/statement/";
    /** NewsGraph's reference nodes, ngref:... (a hash of the reference's values, as Wikidata names its own). */
    public static final String REFERENCES = Iris.ID + "wikidata/reference/";
    /** NewsGraph's full value nodes (time values with their precision), ngv:.... */
    public static final String VALUES = Iris.ID + "wikidata/value/";
    /** Skolem IRIs for "unknown value" (somevalue), as Wikidata's dump writes them under its own .well-known/genid/. */
    public static final String UNKNOWN_VALUES = Iris.ID + "wikidata/unknown/";
    /** The Wikibase ontology. */
    public static final String ONTOLOGY = "http://wikiba.se/ontology#";
    /** PROV-O, for prov:wasDerivedFrom from a statement to its references. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** position held */
    public static final String POSITION_HELD = "P39";
    /** start time */
    public static final String START_TIME = "P580";
    /** end time */
    public static final String END_TIME = "P582";
    /** replaces */
    public static final String REPLACES = "P1365";
    /** replaced by */
    public static final String REPLACED_BY = "P1366";
    /** reference URL */
    public static final String REFERENCE_URL = "P854";
    /** publication date: when the cited article was published (not P813 "retrieved", when it was read) */
    public static final String PUBLICATION_DATE = "P577";
    /** title (monolingual text) */
    public static final String TITLE = "P1476";
    /** quotation */
    public static final String QUOTATION = "P1683";
    /** The proleptic Gregorian calendar, the calendar model of every time value NewsGraph writes. */
    public static final String GREGORIAN = "Q1985727";

    public static final Node TYPE = RDF.type.asNode();
    public static final Node STATEMENT = term("Statement");
    public static final Node REFERENCE = term("Reference");
    public static final Node BEST_RANK = term("BestRank");
    public static final Node TIME_VALUE = term("TimeValue");
    public static final Node RANK = term("rank");
    public static final Node NORMAL_RANK = term("NormalRank");
    public static final Node TIME_VALUE_PROPERTY = term("timeValue");
    public static final Node TIME_PRECISION = term("timePrecision");
    public static final Node TIME_TIMEZONE = term("timeTimezone");
    public static final Node TIME_CALENDAR_MODEL = term("timeCalendarModel");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    private Wikibase() {
    }

    /** Prefix to namespace, as the Wikidata Query Service names them, in writing order. */
    public static Map<String, String> prefixes() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("wd", WD);
        map.put("ngs", STATEMENTS);
        map.put("wdt", WDT);
        map.put("p", P);
        map.put("ps", PS);
        map.put("pq", PQ);
        map.put("pqv", PQV);
        map.put("pr", PR);
        map.put("ngref", REFERENCES);
        map.put("ngv", VALUES);
        map.put("wikibase", ONTOLOGY);
        map.put("prov", PROV);
        map.put("xsd", XSD.getURI());
        return Collections.unmodifiableMap(map);
    }

    /** The item or property with the given id: wd:Q57792. */
    public static Node entity(String id) {
        return NodeFactory.createURI(WD + id);
    }

    /** A property in one of the property namespaces (WDT, P, PS, PQ, PQV, PR). */
    public static Node property(String namespace, String pid) {
        return NodeFactory.createURI(namespace + pid);
    }

    private static Node term(String local) {
        return NodeFactory.createURI(ONTOLOGY + local);
    }
}
