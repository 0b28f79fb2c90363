package org.newsgraph.ingest;

import org.newsgraph.NewsGraphException;

/** Reading the input failed under a strict policy, or no input could be found at all. */
public class IngestException extends NewsGraphException {

    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
