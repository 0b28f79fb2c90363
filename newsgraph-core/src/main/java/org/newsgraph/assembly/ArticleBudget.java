package org.newsgraph.assembly;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.ProblemHandler;

/**
 * Runs one article's work within a time budget, on a thread of its own, for engines whose own
 * threads must not be interrupted (a Spark task's). Work still running when the budget is spent is
 * interrupted and abandoned, and becomes one problem naming the article, whatever it reports or
 * throws after that; the caller goes on at once. Thread-safe.
 */
public final class ArticleBudget {

    private final Duration budget;

    public ArticleBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive, but was: " + budget);
        }
        this.budget = budget;
    }

    /**
     * The result of {@code work} on the article from {@code source}; the problems it reports reach
     * {@code problems} only if it ends within the budget, and a failure or an overrun is reported
     * there instead and gives nothing.
     */
    public <T> Optional<T> run(String source, Function<ProblemHandler, Optional<T>> work, ProblemHandler problems) {
        ProblemHandler.Collecting reported = ProblemHandler.collecting();
        FutureTask<Optional<T>> task = new FutureTask<>(() -> work.apply(reported));
        Thread thread = new Thread(task, "newsgraph-article-" + source);
        // Work that ignores its interrupt must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
        try {
            Optional<T> result;
            try {
                result = task.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (task.cancel(true)) {
                    problems.report(overrun(source, budget));
                    return Optional.empty();
                }
                result = task.get();
            }
            reported.problems().forEach(problems::report);
            return result;
        } catch (ExecutionException e) {
            reported.problems().forEach(problems::report);
            problems.report(new Problem(source, ArticleTasks.reason("extraction", e.getCause())));
            return Optional.empty();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new NewsGraphException("interrupted while " + source + " was being extracted", e);
        }
    }

    /** The problem of an article whose extraction ran past {@code budget}. */
    static Problem overrun(String source, Duration budget) {
        return new Problem(source, "extraction took longer than " + written(budget)
                + " and was stopped (give it longer with --article-timeout SECONDS)");
    }

    private static String written(Duration duration) {
        return duration.toMillis() % 1000 == 0
                ? String.format(Locale.ROOT, "%d s", duration.toSeconds())
                : String.format(Locale.ROOT, "%d ms", duration.toMillis());
    }
}
