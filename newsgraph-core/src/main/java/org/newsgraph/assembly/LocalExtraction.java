package org.newsgraph.assembly;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.JsonLinesReader;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.ProblemHandler;
import org.newsgraph.rdf.ArticleQuads;

/**
 * The {@code local} extraction engine: the articles' graphs of a {@link CorpusBuilder} (the same
 * graphs a build stores) written to files in this process, {@value #ARTICLES_PER_FILE} articles a
 * file. Reads files and folders of this machine; JSON Lines dumps are read by the spark engine.
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
        List<Path> inputs = new ArrayList<>();
        for (String input : request.inputs()) {
            if (JsonLinesReader.isJsonLines(input)) {
                problems.report(new Problem(input, "JSON Lines input is read by the spark engine: add --engine spark"
                        + " (--master local[N] runs it on this machine)"));
            } else {
                inputs.add(Path.of(input));
            }
        }
        List<String> violations = new ArrayList<>();
        long[] counts = new long[2];
        try {
            Files.createDirectories(graphs);
            CorpusBuilder builder = new CorpusBuilder(request.options());
            BufferedWriter[] part = {null};
            try {
                builder.graphs(inputs, problems, file -> { }).forEachOrdered(graph -> {
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
            Files.write(output.resolve(ExtractedCorpus.PROBLEMS), problems.problems().stream().map(ExtractedCorpus::line).toList(),
                    StandardCharsets.UTF_8);
            Files.write(output.resolve(ExtractedCorpus.VIOLATIONS), violations.stream().map(v -> v.replaceFirst(": ", "\t")).toList(),
                    StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new NewsGraphException("cannot write the extraction to " + output + ": " + e.getMessage(), e);
        }
        return new ExtractionSummary(counts[0], counts[1], problems.problems(), violations, (System.nanoTime() - started) / 1e9);
    }
}
