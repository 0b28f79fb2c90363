package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.eval.Calibrator;
import org.newsgraph.eval.GoldReader;
import org.newsgraph.extract.Confidences;
import org.newsgraph.ingest.ProblemHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph calibrate GOLD=ARTICLES...}: measures each rule's reliability on annotated corpora. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure how often each extraction rule is right on annotated corpora and write the confidence table.")
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "GOLD=ARTICLES", arity = "1..*",
            description = "A gold folder and the articles it annotates, e.g. eval/seed/gold=corpus.")
    List<String> corpora;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the table (default: standard output); the bundled one is src/main/resources/org/newsgraph/confidence.tsv.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Calibrator calibrator = new Calibrator();
        // Uncalibrated extraction: the table must not feed on itself.
        CorpusBuilder builder = new CorpusBuilder(CorpusBuilder.Options.defaults(), Confidences.none());
        for (String corpus : corpora) {
            int eq = corpus.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("'" + corpus + "': give a gold folder and its articles as GOLD=ARTICLES");
            }
            Path gold = Path.of(corpus.substring(0, eq));
            Path articles = Path.of(corpus.substring(eq + 1));
            calibrator.add(builder.extract(List.of(articles), ProblemHandler.lenient(p -> System.err.println(p)), f -> { }), GoldReader.read(gold));
        }
        if (output == null) {
            System.out.print(calibrator.render());
        } else {
            Files.writeString(output, calibrator.render(), StandardCharsets.UTF_8);
        }
        return 0;
    }
}
