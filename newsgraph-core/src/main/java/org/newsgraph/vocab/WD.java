package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Wikidata entities. */
public final class WD {

    /** The namespace of Wikidata items. */
    public static final String NS = "http://www.wikidata.org/entity/";
    /** The preferred prefix. */
    public static final String PREFIX = "wd";

    private WD() {
    }

    /** The Wikidata item with the given id, such as Q42. */
    public static Resource item(String qid) {
        if (qid == null || !qid.matches("[QP][1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata id: " + qid);
        }
        return ResourceFactory.createResource(NS + qid);
    }
}
