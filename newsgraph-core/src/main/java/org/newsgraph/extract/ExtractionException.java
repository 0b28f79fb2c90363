package org.newsgraph.extract;

import org.newsgraph.NewsGraphException;

/** A stage of the extraction pipeline failed on an article; names the stage and the cause. */
public class ExtractionException extends NewsGraphException {

    private final String stage;

    /** An exception for stage {@code stage}, which failed with {@code cause}. */
    public ExtractionException(String stage, Throwable cause) {
        super("extraction failed in stage '" + stage + "': " + cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        this.stage = stage;
    }

    /** The name of the stage that failed ("roles", "mentions"). */
    public String stage() {
        return stage;
    }
}
