package org.newsgraph.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes NewsGraph writes its RDF with. */
public final class Prefixes {

    private Prefixes() {
    }

    /** Prefix to namespace, in writing order. */
    public static Map<String, String> all() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(NG.PREFIX, NG.NS);
        map.put("rdf", RDF.getURI());
        map.put("rdfs", RDFS.getURI());
        map.put("owl", OWL.getURI());
        map.put("skos", SKOS.getURI());
        map.put("xsd", XSD.getURI());
        map.put(OA.PREFIX, OA.NS);
        map.put(SCHEMA.PREFIX, SCHEMA.NS);
        map.put(WD.PREFIX, WD.NS);
        return Collections.unmodifiableMap(map);
    }

    /** A new Jena prefix mapping holding {@link #all()}. */
    public static PrefixMapping mapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(all()).lock();
    }
}
