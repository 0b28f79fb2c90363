package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.assembly.ExtractionEngine;
import org.newsgraph.assembly.ExtractionRequest;
import org.newsgraph.assembly.ExtractionSummary;
import org.newsgraph.ingest.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph extract PATH... --output DIR}: the articles' graphs as N-Quads files, for {@code load}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles (files, folders or JSON Lines files) into N-Quads files, one named graph per article,",
                "for 'newsgraph load'. The spark engine runs the same work as an Apache Spark job."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files (.txt, .md, .html), folders, or JSON Lines files (.jsonl: id, text, title, date, url); "
                    + "the spark engine also reads URIs of Hadoop file systems (hdfs://, s3a://).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write (it must not hold an extraction yet).")
    String output;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = "local",
            description = "local (this process) or spark (an Apache Spark job) (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... (default: local[*], or spark-submit's).")
    Optional<String> master;

    @Mixin
    BuildOptions build;

    @Override
    public Integer call() {
        if (master.isPresent() && "local".equals(engine)) {
            throw new IllegalArgumentException("--master is for --engine spark");
        }
        ExtractionSummary summary = ExtractionEngine.named(engine).extract(new ExtractionRequest(paths, output, build.options(), master));
        for (Problem problem : summary.skipped()) {
            System.err.println("skipped " + problem);
        }
        System.out.print(summary.render());
        return summary.hasErrors() ? NewsGraph.FAILED_CHECK : 0;
    }
}
