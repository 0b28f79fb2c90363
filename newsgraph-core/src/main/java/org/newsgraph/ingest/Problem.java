package org.newsgraph.ingest;

/**
 * Why an input was skipped: the file (or argument) and the reason, in words a user can act on.
 */
public record Problem(String source, String reason) {

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
