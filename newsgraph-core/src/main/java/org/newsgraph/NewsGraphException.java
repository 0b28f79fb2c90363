package org.newsgraph;

/**
 * The root of NewsGraph's exceptions; each stage has its own subclass. Messages say what went
 * wrong, where, and what to do.
 */
public class NewsGraphException extends RuntimeException {

    public NewsGraphException(String message) {
        super(message);
    }

    public NewsGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
