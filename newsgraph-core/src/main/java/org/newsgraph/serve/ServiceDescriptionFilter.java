package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;

/**
 * Answers a GET (or HEAD) of a query endpoint that carries no query with the SPARQL 1.1 Service
 * Description (§2: "a service description ... at the service endpoint URL ... when it is
 * dereferenced with no query"); everything else goes on to Fuseki.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient SelfDescription description;

    ServiceDescriptionFilter(SelfDescription description) {
        this.description = description;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<MediaType> type = RdfAnswers.choose(request, false);
        if (type.isEmpty()) {
            // A client that accepts no RDF syntax gets what stock Fuseki answers: no query, 400.
            chain.doFilter(request, response);
            return;
        }
        RdfAnswers.write(response, description.serviceDescription(request), type.get());
    }
}
