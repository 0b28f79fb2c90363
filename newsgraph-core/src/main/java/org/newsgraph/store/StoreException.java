package org.newsgraph.store;

import org.newsgraph.NewsGraphException;

/** A store could not be opened, written or queried. */
public class StoreException extends NewsGraphException {

    /** An exception with a one-line message. */
    public StoreException(String message) {
        super(message);
    }

    /** An exception with a one-line message and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
