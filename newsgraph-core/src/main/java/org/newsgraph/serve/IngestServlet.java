package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The private endpoint at {@value #PATH} through which {@code newsgraph build}, run while the
 * store is served, hands its articles to the serving process, which builds them into the store in
 * its own JVM while readers go on reading. Only a POST from the loopback interface carrying the
 * token of the {@link ServerRecord} is taken; it is not part of the public dataset.
 *
 * <p>The request body is one {@code name<TAB>value} line per argument of the build (absolute
 * paths); the answer is the build's summary as text, with the header {@value #FAILED_HEADER}
 * when the build skipped input.
 */
public final class IngestServlet extends HttpServlet {

    /** Where the endpoint is. */
    public static final String PATH = "/$/ingest";

    /** Present, with the value "true", when the build reported problems. */
    public static final String FAILED_HEADER = "NewsGraph-Build-Failed";

    private final Ingest ingest;
    private final byte[] token;

    IngestServlet(Ingest ingest, String token) {
        this.ingest = ingest;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromLoopback(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "ingest is taken from this machine only");
            return;
        }
        String authorization = request.getHeader("Authorization");
        byte[] offered = authorization == null ? new byte[0]
                : authorization.replaceFirst("^Bearer ", "").getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(offered, token)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "ingest needs the token of the store's server record");
            return;
        }
        Map<String, List<String>> arguments = arguments(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        Ingest.Result result;
        synchronized (this) { // one build at a time: each holds a whole batch of analysed articles
            try {
                result = ingest.build(arguments);
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                return;
            }
        }
        response.setContentType("text/plain;charset=utf-8");
        if (result.failed()) {
            response.setHeader(FAILED_HEADER, "true");
        }
        response.getWriter().write(result.summary());
    }

    private static boolean fromLoopback(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The {@code name<TAB>value} lines, in order, grouped by name. */
    static Map<String, List<String>> arguments(String body) {
        Map<String, List<String>> arguments = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                arguments.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        }
        return arguments;
    }
}
