package org.newsgraph.serve;

import java.util.List;
import java.util.Map;

/** What builds articles into a served store, for its private ingest endpoint. */
@FunctionalInterface
public interface Ingest {

    /** The outcome of one build: its summary as the build command prints it, and whether it failed a check. */
    record Result(String summary, boolean failed) {
    }

    /** Builds into the store, given the build's arguments by name; an argument it cannot take is an IllegalArgumentException. */
    Result build(Map<String, List<String>> arguments);
}
