package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.assembly.CorpusBuilder;
import org.newsgraph.ingest.ArticleReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that extract articles (build, extract): confidence, gazetteers, time budget. */
final class BuildOptions {

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Keep only facts at least this sure, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Extra gazetteer: TSV (qid, label, kind, aliases, note) or a reconciled CSV (name, type, qid); repeatable.")
    List<Path> gazetteers = new ArrayList<>();

    @Mixin
    ArticleTimeoutOption articleTimeout;

    /** The builder's options these give. */
    CorpusBuilder.Options options() {
        return new CorpusBuilder.Options(gazetteers, minConfidence, ArticleReader.DEFAULT_MAX_BYTES, articleTimeout.duration());
    }
}
