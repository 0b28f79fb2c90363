package org.newsgraph.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --article-timeout SECONDS}, shared by the commands that build articles. */
final class ArticleTimeoutOption {

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Stop and skip an article whose extraction takes longer (default: ${DEFAULT-VALUE}).")
    long seconds;

    /** The time budget of one article; at least a second. */
    Duration duration() {
        if (seconds < 1) {
            throw new IllegalArgumentException("--article-timeout must be at least 1 second, but was: " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
