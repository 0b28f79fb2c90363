package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.system.Txn;
import org.newsgraph.store.QueryRunner;

/**
 * What the server says about itself, from the canned CONSTRUCT queries {@code void.rq} and
 * {@code service-description.rq}, bound to the server's address, base and licence: the VoID
 * description of the dataset and the SPARQL 1.1 Service Description of the endpoint.
 */
final class SelfDescription {

    private final DatasetGraph dataset;
    private final String base;
    private final String license;

    /** For {@code dataset}, whose IRIs are under {@code base}, its data under {@code license} (an IRI). */
    SelfDescription(DatasetGraph dataset, String base, String license) {
        this.dataset = dataset;
        this.base = base;
        this.license = license;
    }

    /** The IRI of the dataset, which both descriptions name: {@code BASE}void#dataset. */
    Node datasetIri() {
        return NodeFactory.createURI(base + "void#dataset");
    }

    /** The VoID description, with the endpoint on the server that {@code request} reached. */
    Graph voidDescription(HttpServletRequest request) {
        return construct("void", Map.of("dataset", datasetIri(), "endpoint", endpoint(request),
                "space", NodeFactory.createLiteralString(base + "id/"), "license", NodeFactory.createURI(license)));
    }

    /** The service description of the endpoint {@code request} reached. */
    Graph serviceDescription(HttpServletRequest request) {
        return construct("service-description", Map.of("dataset", datasetIri(),
                "endpoint", NodeFactory.createURI(request.getRequestURL().toString())));
    }

    /** The query endpoint on the host and port the request came to. */
    private static Node endpoint(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        String root = url.substring(0, url.length() - request.getRequestURI().length());
        return NodeFactory.createURI(root + request.getContextPath() + SparqlServer.NAME + "/sparql");
    }

    private Graph construct(String name, Map<String, Node> parameters) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder builder = QueryExec.dataset(dataset).query(QueryRunner.canned(name));
            // It describes what the endpoint serves: without the builder's link index.
            HiddenIndexGraphs.of(dataset).ifPresent(filter -> builder.set(SystemTDB.symTupleFilter, filter));
            parameters.forEach((variable, value) -> builder.substitution(Var.alloc(variable), value));
            try (QueryExec exec = builder.build()) {
                return exec.construct();
            }
        });
    }
}
