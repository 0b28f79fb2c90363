package org.newsgraph.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** An article's graph (or another named graph) as quads, the shape an extraction writes them in. */
public final class ArticleQuads {

    private ArticleQuads() {
    }

    /** Sends the triples of {@code graph} to {@code sink} as quads in the named graph of article {@code articleId}. */
    public static void write(String articleId, Graph graph, StreamRDF sink) {
        Node name = Iris.graph(articleId);
        graph.find().forEachRemaining(t -> sink.quad(Quad.create(name, t)));
    }

    /** The graph of article {@code articleId} in N-Quads, one quad a line, each line ending with a newline. */
    public static String nquads(String articleId, Graph graph) {
        return nquads(Iris.graph(articleId), graph);
    }

    /** {@code graph} as the named graph {@code name} in N-Quads, one quad a line, each line ending with a newline. */
    public static String nquads(Node name, Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        graph.find().forEachRemaining(t -> writer.quad(Quad.create(name, t)));
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
