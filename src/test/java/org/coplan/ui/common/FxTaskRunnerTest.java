package org.coplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@Tag("ui")
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
    }

    private record Delivery(Object value, String workThread, boolean onFxThread) {
    }

    @Test
    void theWorkRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        CompletableFuture<Delivery> delivered = new CompletableFuture<>();
        CompletableFuture<String> workThread = new CompletableFuture<>();

        runner.run(() -> {
            workThread.complete(Thread.currentThread().getName());
            return 42;
        }, value -> delivered.complete(new Delivery(value, null, Platform.isFxApplicationThread())),
                delivered::completeExceptionally);

        Delivery delivery = delivered.get(10, TimeUnit.SECONDS);
        assertThat(delivery.value()).isEqualTo(42);
        assertThat(delivery.onFxThread()).isTrue();
        assertThat(workThread.get()).startsWith("coplan-worker-");
    }

    @Test
    void aFailureArrivesOnTheFxThreadAsItWasThrown() throws Exception {
        IllegalStateException thrown = new IllegalStateException("the disk is full");
        CompletableFuture<Delivery> delivered = new CompletableFuture<>();

        runner.<Integer>run(() -> {
            throw thrown;
        }, value -> delivered.complete(new Delivery(value, null, false)),
                failure -> delivered.complete(new Delivery(failure, null, Platform.isFxApplicationThread())));

        Delivery delivery = delivered.get(10, TimeUnit.SECONDS);
        assertThat(delivery.value()).isSameAs(thrown);
        assertThat(delivery.onFxThread()).isTrue();
    }
}
