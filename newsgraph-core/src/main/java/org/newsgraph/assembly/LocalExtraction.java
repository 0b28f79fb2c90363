package org.newsgraph.assembly;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.NewsGraphException;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.ArticleSource;
import org.newsgraph.ingest.CorpusReader;
import org.newsgraph.ingest.IngestException;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.ArticleQuads;

/**
 * The {@code local} extraction engine: the articles' graphs of a {@link CorpusBuilder} (the same
 * graphs a build stores) written to files in this process, {@value #ARTICLES_PER_FILE} articles a
 * file. Reads files, folders and JSON Lines dumps of this machine (see {@link CorpusReader#articleSources}).
 */
final class LocalExtraction implements ExtractionEngine {

    static final String NAME = "local";
    static final int ARTICLES_PER_FILE = 10_000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExtractionSummary extract(ExtractionRequest request) {
        long started = System.nanoTime();
        Path output = Path.of(request.output());
        Path graphs = output.resolve(ExtractedCorpus.GRAPHS);
        if (Files.exists(graphs)) {
            throw new NewsGraphException(output + " already holds an extraction: give an empty or new folder");
        }
        ProblemHandler.Collecting problems = ProblemHandler.collecting();
        List<ArticleSource> sources = new CorpusReader(problems).articleSources(request.inputs().stream().map(Path::of).toList());
        List<String> violations = new ArrayList<>();
        long[] counts = new long[2];
        try {
            Files.createDirectories(graphs);
            CorpusBuilder builder = new CorpusBuilder(request.options());
            ArticleReader reader = new ArticleReader(request.options().maxBytes());
            List<ArticleFacts> extracted = extract(sources, builder, reader, request.options(), problems);
            BufferedWriter[] part = {null};
            try {
                graphs(sources, extracted, builder, reader, problems).forEachOrdered(graph -> {
                    try {
                        if (counts[0] % ARTICLES_PER_FILE == 0) {
                            if (part[0] != null) {
                                part[0].close();
                            }
                            part[0] = Files.newBufferedWriter(graphs.resolve(ExtractedCorpus.partName((int) (counts[0] / ARTICLES_PER_FILE))),
                                    StandardCharsets.UTF_8);
                        }
                        part[0].write(ArticleQuads.nquads(graph.id(), graph.graph()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0]++;
                    counts[1] += graph.graph().size();
                    graph.violations().forEach(v -> violations.add(graph.id() + ": " + v));
                });
            } finally {
                if (part[0] != null) {
                    part[0].close();
                }
            }
            writeLinkIndex(graphs.resolve(ExtractedCorpus.LINK_INDEX), extracted, builder);
            Files.write(output.resolve(ExtractedCorpus.PROBLEMS), problems.problems().stream().map(ExtractedCorpus::line).toList(),
                    StandardCharsets.UTF_8);
            Files.write(output.resolve(ExtractedCorpus.VIOLATIONS), violations.stream().map(v -> v.replaceFirst(": ", "\t")).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new NewsGraphException("cannot write the extraction to " + output + ": " + e.getMessage(), e);
        }
        return new ExtractionSummary(counts[0], counts[1], problems.problems(), violations, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The facts of each article of {@code sources}, in their order, as linking needs them: extracted
     * in parallel, each within the article time budget. Whatever fails goes to {@code problems}.
     */
    private static List<ArticleFacts> extract(List<ArticleSource> sources, CorpusBuilder builder, ArticleReader reader,
            CorpusBuilder.Options options, ProblemHandler problems) {
        try (ArticleTasks tasks = new ArticleTasks(options.articleTimeout())) {
            return tasks.run(sources, ArticleSource::source, source -> Optional.of(builder.factsForLinking(read(source, reader))), problems);
        }
    }

    /**
     * The graph of each of {@code extracted}, as {@link CorpusBuilder#graphs} gives those of files:
     * linked across the corpus, then, as the stream is consumed, each article is read again to map
     * its graph. Whatever fails goes to {@code problems} and gives no graph.
     */
    private static Stream<ArticleGraph> graphs(List<ArticleSource> sources, List<ArticleFacts> extracted, CorpusBuilder builder,
            ArticleReader reader, ProblemHandler problems) {
        Map<String, ArticleSource> sourceOf = new HashMap<>();
        sources.forEach(source -> source.id().ifPresent(id -> sourceOf.put(id, source)));
        return builder.link(extracted).stream().flatMap(facts -> {
            ArticleSource source = sourceOf.get(facts.article().id());
            return builder.graph(source.source(), () -> read(source, reader), facts, problems).stream();
        });
    }

    /** Writes the link index a build of {@code extracted} keeps: their merged evidence and each one's link inputs. */
    private static void writeLinkIndex(Path file, List<ArticleFacts> extracted, CorpusBuilder builder) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ExtractedCorpus.linkIndexQuads(LinkEvidence.of(extracted)));
            for (ArticleFacts article : extracted) {
                out.write(ExtractedCorpus.linkInputQuads(article.article().id(), builder.linkInputs(article)));
            }
        }
    }

    /** Reads the article of {@code source}; an unexpected fault becomes an {@link IngestException} that names the step. */
    private static Article read(ArticleSource source, ArticleReader reader) {
        try {
            return source.read(reader);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException(ArticleTasks.reason("reading", e), e);
        }
    }
}
