package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.newsgraph.vocab.Prefixes;

/**
 * Content negotiation and writing of RDF answers for the linked-data pages, the VoID and the
 * service description: Turtle, JSON-LD, N-Triples and RDF/XML, and HTML where the caller has a
 * page. Without an Accept header (or with {@code *}{@code /*}) the answer is Turtle.
 */
final class RdfAnswers {

    /** The media type of the HTML page. */
    static final MediaType HTML = MediaType.create(WebContent.contentTypeHTML);

    /** The RDF syntaxes offered, the first the default. */
    static final List<Lang> LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    private static final AcceptList RDF_OFFERS = AcceptList.create(LANGS.stream()
            .map(lang -> lang.getHeaderString()).toArray(String[]::new));
    private static final AcceptList ALL_OFFERS = AcceptList.create(LANGS.get(0).getHeaderString(),
            WebContent.contentTypeHTML, LANGS.get(1).getHeaderString(), LANGS.get(2).getHeaderString(),
            LANGS.get(3).getHeaderString());

    private RdfAnswers() {
    }

    /** The media type to answer with, HTML among the offers only if {@code html}; empty when none is acceptable. */
    static Optional<MediaType> choose(HttpServletRequest request, boolean html) {
        String accept = request.getHeader("Accept");
        AcceptList wanted = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
        return Optional.ofNullable(AcceptList.match(wanted, html ? ALL_OFFERS : RDF_OFFERS));
    }

    /** Answers 406 naming what is offered. */
    static void notAcceptable(HttpServletResponse response, boolean html) throws IOException {
        response.setHeader("Vary", "Accept");
        text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: ask for "
                + (html ? "text/html, " : "") + "text/turtle, application/ld+json, application/n-triples or application/rdf+xml\n");
    }

    /** Writes {@code graph} with NewsGraph's prefixes in the syntax of {@code type}. */
    static void write(HttpServletResponse response, Graph graph, MediaType type) throws IOException {
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        graph.getPrefixMapping().setNsPrefixes(Prefixes.all());
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Vary", "Accept");
        response.setContentType(lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, graph, lang);
        out.flush();
    }

    /** Writes a page of HTML. */
    static void html(HttpServletResponse response, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Vary", "Accept");
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Writes a short plain-text answer. */
    static void text(HttpServletResponse response, int status, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
