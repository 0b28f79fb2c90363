package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.atlas.web.MediaType;

/** Serves the VoID description at {@code /.well-known/void} (RFC 8615, as VoID §6.2 asks) and at {@code /void}, where the dataset's IRI resolves. */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SelfDescription description;

    VoidServlet(SelfDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<MediaType> type = RdfAnswers.choose(request, false);
        if (type.isEmpty()) {
            RdfAnswers.notAcceptable(response, false);
            return;
        }
        RdfAnswers.write(response, description.voidDescription(request), type.get());
    }
}
