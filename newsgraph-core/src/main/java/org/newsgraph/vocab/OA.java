package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms NewsGraph uses from the W3C Web Annotation vocabulary. */
public final class OA {

    /** The namespace. */
    public static final String NS = "http://www.w3.org/ns/oa#";
    /** The preferred prefix. */
    public static final String PREFIX = "oa";

    /** A selector by start and end offsets into a text. */
    public static final Resource TextPositionSelector = ResourceFactory.createResource(NS + "TextPositionSelector");
    /** Links a resource to its selector. */
    public static final Property hasSelector = ResourceFactory.createProperty(NS, "hasSelector");
    /** The offset of the first selected character, in Unicode code points. */
    public static final Property start = ResourceFactory.createProperty(NS, "start");
    /** The offset just past the last selected character, in Unicode code points. */
    public static final Property end = ResourceFactory.createProperty(NS, "end");

    private OA() {
    }
}
