package org.newsgraph.assembly;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.newsgraph.NewsGraphException;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.ProblemHandler;

/**
 * Runs one task per article (a file or a record) on a pool of worker threads, each within a time
 * budget. A task that throws becomes one problem naming the article and the cause; a task still
 * running when its budget is spent is cancelled (its thread interrupted) and becomes one problem,
 * whatever it throws after that. Create one per pass and close it.
 */
final class ArticleTasks implements AutoCloseable {

    private final Duration budget;
    private final ExecutorService workers;
    private final ScheduledExecutorService alarms;

    ArticleTasks(Duration budget) {
        this.budget = budget;
        this.workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("newsgraph-article"));
        this.alarms = Executors.newSingleThreadScheduledExecutor(daemon("newsgraph-article-budget"));
    }

    /**
     * Runs {@code task} on every file and returns the results in the order of {@code files}; a
     * failed or overrunning task reports its problem to {@code problems} and gives no result.
     */
    <T> List<T> run(List<Path> files, Function<Path, Optional<T>> task, ProblemHandler problems) {
        return run(files, Path::toString, task, problems);
    }

    /** Runs {@code task} on every article, as {@link #run(List, Function, ProblemHandler)}; problems name it by {@code source}. */
    <S, T> List<T> run(List<S> articles, Function<S, String> source, Function<S, Optional<T>> task, ProblemHandler problems) {
        List<BudgetedTask<T>> started = new ArrayList<>();
        for (S article : articles) {
            BudgetedTask<T> budgeted = new BudgetedTask<>(source.apply(article), () -> task.apply(article));
            workers.execute(budgeted);
            started.add(budgeted);
        }
        List<T> results = new ArrayList<>();
        for (BudgetedTask<T> budgeted : started) {
            try {
                budgeted.get().ifPresent(results::add);
            } catch (CancellationException e) {
                problems.report(ArticleBudget.overrun(budgeted.source, budget));
            } catch (ExecutionException e) {
                problems.report(new Problem(budgeted.source, reason("extraction", e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                started.forEach(t -> t.cancel(true));
                throw new NewsGraphException("the build was interrupted while articles were being extracted", e);
            }
        }
        return results;
    }

    /**
     * Why an article failed in {@code step}, in one line: NewsGraph's exceptions say it themselves,
     * others are named by type and message.
     */
    static String reason(String step, Throwable failure) {
        return failure instanceof NewsGraphException
                ? failure.getMessage()
                : step + " failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    @Override
    public void close() {
        // A task that ignores its interrupt must not keep the build waiting: the threads are daemons.
        workers.shutdownNow();
        alarms.shutdownNow();
    }

    /** A task that cancels itself, interrupting its thread, when it runs past the budget. */
    private final class BudgetedTask<T> extends FutureTask<Optional<T>> {
        private final String source;

        BudgetedTask(String source, Callable<Optional<T>> task) {
            super(task);
            this.source = source;
        }

        @Override
        public void run() {
            ScheduledFuture<?> alarm = alarms.schedule(() -> cancel(true), budget.toNanos(), TimeUnit.NANOSECONDS);
            try {
                super.run();
            } finally {
                alarm.cancel(false);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        ThreadFactory threads = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = threads.newThread(runnable);
            thread.setName(name + "-" + thread.getId());
            thread.setDaemon(true);
            return thread;
        };
    }
}
