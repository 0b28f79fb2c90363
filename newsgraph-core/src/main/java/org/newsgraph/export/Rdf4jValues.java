package org.newsgraph.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena nodes, triples and quads to RDF4J values and statements, keeping language tags and datatypes. */
public final class Rdf4jValues {

    private final ValueFactory factory = SimpleValueFactory.getInstance();

    /** The RDF4J value of a Jena IRI, blank node or literal. */
    public Value value(Node node) {
        if (node.isURI() || node.isBlank()) {
            return resource(node);
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return factory.createLiteral(node.getLiteralLexicalForm(), lang);
            }
            return factory.createLiteral(node.getLiteralLexicalForm(), factory.createIRI(node.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("cannot convert to RDF4J: " + node);
    }

    /** The RDF4J resource of a Jena IRI or blank node. */
    public Resource resource(Node node) {
        if (node.isURI()) {
            return iri(node);
        }
        if (node.isBlank()) {
            return factory.createBNode(node.getBlankNodeLabel());
        }
        throw new IllegalArgumentException("not an IRI or a blank node: " + node);
    }

    /** The RDF4J IRI of a Jena IRI node. */
    public IRI iri(Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + node);
        }
        return factory.createIRI(node.getURI());
    }

    /** A statement without a context. */
    public Statement statement(Triple t) {
        return factory.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject()));
    }

    /** A statement in the quad's named graph, or without context for the default graph. */
    public Statement statement(Quad q) {
        if (q.isDefaultGraph()) {
            return statement(q.asTriple());
        }
        return factory.createStatement(resource(q.getSubject()), iri(q.getPredicate()), value(q.getObject()),
                resource(q.getGraph()));
    }
}
