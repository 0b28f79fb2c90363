package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives problems with the input. Lenient handlers report and go on; a strict one stops the run.
 * Implementations must be thread-safe: articles are read in parallel.
 */
public interface ProblemHandler {

    void report(Problem problem);

    /** Reports each problem to {@code sink} and goes on (the default for the command line). */
    static ProblemHandler lenient(Consumer<Problem> sink) {
        return problem -> {
            synchronized (sink) {
                sink.accept(problem);
            }
        };
    }

    /** Stops at the first problem with an {@link IngestException}. */
    static ProblemHandler strict() {
        return problem -> {
            throw new IngestException(problem.toString());
        };
    }

    /** Keeps every problem for later inspection (tests, summaries). */
    static Collecting collecting() {
        return new Collecting();
    }

    /** A handler that keeps what it is told. */
    final class Collecting implements ProblemHandler {
        private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void report(Problem problem) {
            problems.add(problem);
        }

        public List<Problem> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }
    }
}
