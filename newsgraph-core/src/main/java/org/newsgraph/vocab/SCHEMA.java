package org.newsgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms NewsGraph uses from schema.org. */
public final class SCHEMA {

    /** The namespace (http, as schema.org publishes it in RDF). */
    public static final String NS = "http://schema.org/";
    /** The preferred prefix. */
    public static final String PREFIX = "schema";

    /** The headline of an article. */
    public static final Property headline = ResourceFactory.createProperty(NS, "headline");
    /** The date an article was published. */
    public static final Property datePublished = ResourceFactory.createProperty(NS, "datePublished");
    /** The URL of an article. */
    public static final Property url = ResourceFactory.createProperty(NS, "url");

    private SCHEMA() {
    }
}
