package org.newsgraph.assembly;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.ingest.Problem;

/**
 * What a build did: articles read and skipped (with reasons), articles built before that it
 * linked again, facts per kind, triples stored, SHACL violations found, and how long it took.
 */
public record BuildSummary(int articlesRead, List<Problem> skipped, int relinked, Map<String, Long> factsPerKind, long triples,
                           List<String> violations, double seconds) {

    public BuildSummary {
        skipped = List.copyOf(skipped);
        factsPerKind = Map.copyOf(factsPerKind);
        violations = List.copyOf(violations);
    }

    /** Whether anything went wrong: a skipped input or a shape violation. */
    public boolean hasErrors() {
        return !skipped.isEmpty() || !violations.isEmpty();
    }

    /** The summary as the command line prints it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "articles: %d read, %d skipped", articlesRead, skipped.size()));
        if (relinked > 0) {
            out.append(String.format(Locale.ROOT, ", %d built before linked again", relinked));
        }
        out.append(System.lineSeparator());
        for (Problem problem : skipped) {
            out.append("  skipped ").append(problem).append(System.lineSeparator());
        }
        out.append("facts:");
        for (String kind : List.of("roles", "successions", "endorsements", "spending targets")) {
            out.append(String.format(Locale.ROOT, " %s %d,", kind, factsPerKind.getOrDefault(kind, 0L)));
        }
        out.setLength(out.length() - 1);
        out.append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, "triples: %d%n", triples));
        out.append(String.format(Locale.ROOT, "shape violations: %d%n", violations.size()));
        violations.stream().limit(20).forEach(v -> out.append("  ").append(v).append(System.lineSeparator()));
        out.append(String.format(Locale.ROOT, "seconds: %.2f%n", seconds));
        return out.toString();
    }
}
