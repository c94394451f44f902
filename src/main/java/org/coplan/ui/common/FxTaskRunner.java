package org.coplan.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs work on a small pool of daemon threads through a JavaFX {@link Task}, so the callbacks arrive on the
 * JavaFX thread. One instance is made at start-up and closed when the window closes.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final int THREADS = 2;

    private final ExecutorService executor;

    public FxTaskRunner() {
        // daemon threads, so a forgotten task never keeps the process alive after the window has closed
        executor = Executors.newFixedThreadPool(THREADS,
                Thread.ofPlatform().name("coplan-worker-", 1).daemon(true).factory());
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        executor.execute(task);
    }

    /** Stops taking work and gives running work a moment to finish (a write in flight must commit). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
