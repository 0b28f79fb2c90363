package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Makes NewsGraph's IRIs resolve: a GET of {@code /id/...} (entities, offices, topics, facts,
 * evidence, articles), {@code /graph/...} (an article's named graph) or {@code /ontology} answers
 * for the IRI that is the configured base followed by the request path, by content negotiation:
 * <ul>
 *   <li>an IRI that names a graph of the store (an article graph, the Wikidata graph, the ontology)
 *       is a document: its triples;</li>
 *   <li>any other IRI gets its concise bounded description, computed by Jena's DESCRIBE
 *       (its default handler, {@code DescribeBNodeClosure}, gives the CBD);</li>
 *   <li>{@code text/html} gets a page ({@link ResourcePage}); Turtle (the default), JSON-LD,
 *       N-Triples and RDF/XML the RDF; an IRI the store knows nothing of is 404.</li>
 * </ul>
 * The answer is direct (200, {@code Vary: Accept}), not a 303 redirect to a separate document as
 * Wikidata and DBpedia do: one round trip for every client, and what is served describes the
 * thing, which the W3C TAG's 2012 httpRange-14 proposal allows for slash IRIs.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dataset;
    private final String base;

    /** Serves {@code dataset} (with the union of its named graphs as its default graph) for IRIs under {@code base}. */
    LinkedDataServlet(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The raw path, as sent: IRIs hold %XX escapes that decoding would change.
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<MediaType> type = RdfAnswers.choose(request, true);
        if (type.isEmpty()) {
            RdfAnswers.notAcceptable(response, true);
            return;
        }
        Node iri = NodeFactory.createURI(base + path.substring(1));
        boolean html = type.get().getContentTypeStr().equals(RdfAnswers.HTML.getContentTypeStr());
        Txn.executeRead(dataset, () -> {
            try {
                answer(iri, type.get(), html, response);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void answer(Node iri, MediaType type, boolean html, HttpServletResponse response) throws IOException {
        boolean document = dataset.containsGraph(iri);
        Graph description = document ? copy(dataset.getGraph(iri)) : describe(iri);
        if (description.isEmpty()) {
            response.setHeader("Vary", "Accept");
            if (html) {
                RdfAnswers.html(response, HttpServletResponse.SC_NOT_FOUND, ResourcePage.notFound(iri.getURI()));
            } else {
                RdfAnswers.text(response, HttpServletResponse.SC_NOT_FOUND, "Nothing is known of <" + iri.getURI() + ">\n");
            }
            return;
        }
        if (html) {
            ResourcePage page = new ResourcePage(dataset, base);
            RdfAnswers.html(response, HttpServletResponse.SC_OK,
                    document ? page.document(iri, description) : page.resource(iri, description));
        } else {
            RdfAnswers.write(response, description, type);
        }
    }

    /** The concise bounded description of {@code iri} in the union graph, by SPARQL DESCRIBE. */
    private Graph describe(Node iri) {
        Query query = new Query();
        query.setQueryDescribeType();
        query.addDescribeNode(iri);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            return exec.describe();
        }
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, graph);
        return copy;
    }
}
