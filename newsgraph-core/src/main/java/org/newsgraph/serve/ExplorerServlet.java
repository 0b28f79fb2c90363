package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.store.QueryRunner;

/**
 * Serves the explorer web page and what it loads, all from the classpath (the jar), never from
 * the file system and never a listing:
 * <ul>
 *   <li>{@code /} the page ({@value #PAGE}index.html), {@code /explorer/NAME} its script and style sheet;</li>
 *   <li>{@code /explorer/prefixes.json} and {@code /explorer/terms.json} the graph's prefixes and the ontology's classes
 *       and properties, for the query editor's completion (see {@link QueryEditorTerms});</li>
 *   <li>{@code /webjars/cytoscape/VERSION/dist/cytoscape.min.js} Cytoscape.js from its webjar, and
 *       {@code /webjars/zazuko__yasgui/VERSION/build/yasgui.min.js} (and {@code .css}) YASGUI, the query editor, from its;</li>
 *   <li>{@code /queries/index.json} the names of the canned queries, {@code /queries/NAME.rq} their text.</li>
 * </ul>
 * Anything else is 404. Mounted by {@link SparqlServer} with {@code FusekiServer.Builder.addServlet}.
 */
final class ExplorerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the page's own files are on the classpath. */
    static final String PAGE = "/org/newsgraph/explorer/";

    /** The Cytoscape.js webjar's version; keep in step with pom.xml. */
    static final String CYTOSCAPE_VERSION = "3.33.1";

    /** Where the page loads Cytoscape.js from. */
    static final String CYTOSCAPE_URL = "/webjars/cytoscape/" + CYTOSCAPE_VERSION + "/dist/cytoscape.min.js";

    /** The YASGUI webjar's version (its editor, YASQE, and its result view, YASR); keep in step with pom.xml. */
    static final String YASGUI_VERSION = "4.5.0";

    /** Where the page loads YASGUI's script from. */
    static final String YASGUI_SCRIPT_URL = "/webjars/zazuko__yasgui/" + YASGUI_VERSION + "/build/yasgui.min.js";

    /** Where the page loads YASGUI's style sheet from. */
    static final String YASGUI_STYLE_URL = "/webjars/zazuko__yasgui/" + YASGUI_VERSION + "/build/yasgui.min.css";

    /** The files served from webjars, by URL path (their path below META-INF/resources). */
    private static final List<String> WEBJAR_FILES = List.of(CYTOSCAPE_URL, YASGUI_SCRIPT_URL, YASGUI_STYLE_URL);

    /** Where the query editor reads the prefixes it completes. */
    static final String PREFIXES_URL = "/explorer/prefixes.json";

    /** Where the query editor reads the ontology's classes and properties it completes. */
    static final String TERMS_URL = "/explorer/terms.json";

    /**
     * The canned queries in {@code queries/} (packaged under {@link QueryRunner#CANNED}), in menu
     * order; the federated ones are left out, since they need the network, and so are the
     * CONSTRUCT queries the server answers itself (void, service-description), since the panel
     * shows tables.
     */
    static final List<String> CANNED_QUERIES = List.of("roles", "successions", "endorsements", "spending-targets",
            "fact-evidence", "entity", "entities-named", "evidence-about", "office-holders-on-date", "disagreements", "wikidata-links", "unlinked-entities",
            "wikidata-positions", "graph-nodes", "graph-edges");

    /** The page's own files, by URL path below /explorer/. */
    private static final List<String> PAGE_FILES = List.of("explorer.js", "explorer.css", "resource.css");

    /**
     * The page's policy: everything from this server only, no inline script; styles also inline, because Cytoscape.js and
     * YASGUI style the elements they draw in (they carry no data: the page puts data in only as text).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** A file to send: bytes, media type, whether it may be cached for long (versioned URL). */
    private record Content(byte[] bytes, String type, boolean immutable) {
    }

    private final Map<String, Content> cache = new ConcurrentHashMap<>();

    /** Fails at once, when the server is built, if the page, Cytoscape.js or YASGUI is missing from the classpath. */
    ExplorerServlet() {
        for (String path : List.of("/", "/explorer/explorer.js", CYTOSCAPE_URL, YASGUI_SCRIPT_URL, YASGUI_STYLE_URL,
                "/queries/index.json")) {
            if (lookup(path).isEmpty()) {
                throw new IllegalStateException("explorer resource missing from the classpath: " + path);
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Content> content = lookup(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Content c = content.get();
        response.setContentType(c.type());
        response.setHeader("Cache-Control", c.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        if (c.type().startsWith("text/html")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setContentLength(c.bytes().length);
        response.getOutputStream().write(c.bytes());
    }

    /** The content for a URL path, if it is one this servlet serves (read once, then kept). */
    private Optional<Content> lookup(String path) {
        Content hit = cache.get(path);
        if (hit != null) {
            return Optional.of(hit);
        }
        Optional<Content> found = resolve(path);
        found.ifPresent(c -> cache.put(path, c));
        return found;
    }

    private static Optional<Content> resolve(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return load(PAGE + "index.html", "text/html; charset=utf-8", false);
        }
        if (path.equals(PREFIXES_URL)) {
            return Optional.of(new Content(QueryEditorTerms.prefixes(), "application/json", false));
        }
        if (path.equals(TERMS_URL)) {
            return Optional.of(new Content(QueryEditorTerms.ontologyTerms(), "application/json", false));
        }
        if (path.startsWith("/explorer/") && PAGE_FILES.contains(path.substring("/explorer/".length()))) {
            String name = path.substring("/explorer/".length());
            return load(PAGE + name, typeOf(name), false);
        }
        if (WEBJAR_FILES.contains(path)) {
            return load("/META-INF/resources" + path, typeOf(path), true);
        }
        if (path.equals("/queries/index.json")) {
            org.apache.jena.atlas.json.JsonArray names = new org.apache.jena.atlas.json.JsonArray();
            CANNED_QUERIES.forEach(names::add);
            org.apache.jena.atlas.json.JsonObject index = new org.apache.jena.atlas.json.JsonObject();
            index.put("queries", names);
            return Optional.of(new Content(index.toString().getBytes(StandardCharsets.UTF_8), "application/json", false));
        }
        if (path.startsWith("/queries/") && path.endsWith(".rq")) {
            String name = path.substring("/queries/".length(), path.length() - ".rq".length());
            if (CANNED_QUERIES.contains(name)) {
                return load(QueryRunner.CANNED + name + ".rq", "application/sparql-query; charset=utf-8", false);
            }
        }
        return Optional.empty();
    }

    private static String typeOf(String name) {
        return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
    }

    private static Optional<Content> load(String resource, String type, boolean immutable) {
        try (InputStream in = ExplorerServlet.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new Content(in.readAllBytes(), type, immutable));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
