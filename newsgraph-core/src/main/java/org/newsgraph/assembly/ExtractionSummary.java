package org.newsgraph.assembly;

import java.util.List;
import java.util.Locale;
import org.newsgraph.ingest.Problem;

/**
 * What an extraction did: the articles whose graphs it wrote, the quads in them, the articles it
 * skipped (with the step and the cause), the SHACL violations found, and how long it took.
 */
public record ExtractionSummary(long articles, long quads, List<Problem> skipped, List<String> violations, double seconds) {

    public ExtractionSummary {
        skipped = List.copyOf(skipped);
        violations = List.copyOf(violations);
    }

    /** Whether any input was skipped (the exit code of the command is then 1). */
    public boolean hasErrors() {
        return !skipped.isEmpty();
    }

    /** The summary as the command line prints it. */
    public String render() {
        return String.format(Locale.ROOT, "articles: %d written, %d skipped%nquads: %d%nshape violations: %d%nseconds: %.2f (%.2f articles/s)%n",
                articles, skipped.size(), quads, violations.size(), seconds, seconds > 0 ? articles / seconds : 0);
    }
}
