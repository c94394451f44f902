package org.coplan.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread and delivers the result or the failure back on it. View models get one in
 * their constructor and never create threads or call Platform.runLater; tests use {@link #inline()}.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread: deterministic view-model tests. */
    static TaskRunner inline() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | LinkageError failure) {
                    onFailure.accept(failure);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
