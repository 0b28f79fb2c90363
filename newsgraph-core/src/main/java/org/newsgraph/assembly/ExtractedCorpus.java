package org.newsgraph.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.Problem;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.ArticleQuads;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;

/**
 * The folder an extraction writes and a load reads: {@value #GRAPHS}/ holds the articles' named
 * graphs as N-Quads in partitioned files ({@code part-00000.nq}, {@code part-00001.nq}, ...; each
 * article wholly in one; Jena's {@code tdb2.tdbloader} takes them as they are), and the link index
 * a build keeps (the merged link evidence and each article's link inputs, in
 * {@value #GRAPHS}/{@value #LINK_INDEX} or, from Spark, the evidence there and the inputs among the parts), so that a later build into the loaded store links with
 * its articles; {@value #PROBLEMS} the skipped articles (source, tab, reason) and
 * {@value #VIOLATIONS} the SHACL violations (article id, tab, violation).
 */
public final class ExtractedCorpus {

    /** The subfolder of the graph files. */
    public static final String GRAPHS = "graphs";
    /** The file of the skipped articles. */
    public static final String PROBLEMS = "problems.tsv";
    /** The file of the shape violations. */
    public static final String VIOLATIONS = "violations.tsv";

    private ExtractedCorpus() {
    }

    /** The file of the merged link evidence, among the graph files. */
    public static final String LINK_INDEX = "link-index.nq";

    /** The extension of the graph files. */
    public static final String EXTENSION = ".nq";

    /** The name of the {@code index}th graph file. */
    public static String partName(int index) {
        return String.format("part-%05d", index) + EXTENSION;
    }

    /** The graph files of the extraction in {@code folder}, sorted; engines' bookkeeping files (_SUCCESS, .crc) left out. */
    public static List<Path> graphFiles(Path folder) {
        Path graphs = folder.resolve(GRAPHS);
        if (!Files.isDirectory(graphs)) {
            throw new NewsGraphException(folder + ": no extraction here (no " + GRAPHS + "/ folder); run 'newsgraph extract' first");
        }
        try (Stream<Path> files = Files.list(graphs)) {
            return files.filter(f -> isGraphFile(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isGraphFile(String name) {
        return name.equals(LINK_INDEX) || name.startsWith("part-") && name.endsWith(EXTENSION);
    }

    /** The merged link evidence of an extraction, as the quads of {@value #LINK_INDEX}. */
    public static String linkIndexQuads(LinkEvidence evidence) {
        return ArticleQuads.nquads(LinkIndexMapper.GRAPH, new LinkIndexMapper().toGraph(evidence));
    }

    /** The link inputs of article {@code id}, as quads written with its graph. */
    public static String linkInputQuads(String id, LinkInputs.Entry entry) {
        return ArticleQuads.nquads(LinkInputs.GRAPH, new LinkInputs().toGraph(id, entry));
    }

    /** One line of {@value #PROBLEMS} or {@value #VIOLATIONS}: two fields, tab-separated, without tabs or newlines inside. */
    public static String line(String first, String second) {
        return field(first) + "\t" + field(second);
    }

    /** The line of a problem. */
    public static String line(Problem problem) {
        return line(problem.source(), problem.reason());
    }

    private static String field(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
