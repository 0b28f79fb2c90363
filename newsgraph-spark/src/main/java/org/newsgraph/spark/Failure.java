package org.newsgraph.spark;

import java.io.Serializable;
import org.newsgraph.ingest.Problem;

/** A skipped article or a shape violation as executors report it to the driver: where, and what. */
record Failure(String source, String reason) implements Serializable {

    static Failure of(Problem problem) {
        return new Failure(problem.source(), problem.reason());
    }

    Problem problem() {
        return new Problem(source, reason);
    }
}
