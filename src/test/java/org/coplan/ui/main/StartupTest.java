package org.coplan.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.coplan.l10n.Messages;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {

    @TempDir
    Path folder;

    private PlanDatabase open() {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("tester"));
    }

    @Test
    void aDatabaseOpenInAnotherWindowIsRefusedWithAPlainSentence() {
        try (PlanDatabase first = open()) {
            Startup.Outcome outcome = new Startup(this::open, Messages.english()).run();

            assertThat(outcome).isInstanceOf(Startup.Outcome.Refused.class);
            String message = ((Startup.Outcome.Refused) outcome).message();
            assertThat(message).startsWith("This plan database is already open in another Coplan window: ")
                    .contains(folder.toAbsolutePath().normalize().toString())
                    .doesNotContain("Exception", "\tat ", "org.h2");
            long programmes = first.read(store -> store.programmes().count());
            assertThat(programmes).as("the first window goes on working").isNotNegative();
        }
    }

    @Test
    void theRefusalSpeaksTheUserLanguage() {
        try (PlanDatabase first = open()) {
            Startup.Outcome outcome = new Startup(this::open, Messages.forLocale(Locale.forLanguageTag("ru"))).run();

            assertThat(((Startup.Outcome.Refused) outcome).message()).contains("уже открыта");
        }
    }

    @Test
    void anEmptyDatabaseGetsTheSamplePlanOnceOnly() {
        Startup.Outcome first = new Startup(this::open, Messages.english()).run();

        assertThat(first).isInstanceOf(Startup.Outcome.Ready.class);
        Startup.Outcome.Ready ready = (Startup.Outcome.Ready) first;
        assertThat(ready.sampleLoaded()).isTrue();
        assertThat(ready.sampleFailure()).isNull();
        long programmes = ready.database().read(store -> store.programmes().count());
        Optional<String> loaded = ready.database().read(store -> store.settings().get(SamplePlan.LOADED_SETTING));
        assertThat(programmes).isGreaterThanOrEqualTo(3L);
        assertThat(loaded).contains("true");
        ready.database().close();

        Startup.Outcome second = new Startup(this::open, Messages.english()).run();

        assertThat(((Startup.Outcome.Ready) second).sampleLoaded()).isFalse();
        ((Startup.Outcome.Ready) second).database().close();
    }
}
