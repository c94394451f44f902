package org.coplan.ui.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.exchange.PackageExport;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.sample.SamplePlan;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageImportViewModelTest {

    @TempDir
    Path temp;

    private final H2PlanDatabase minsk = replica("minsk");
    private final H2PlanDatabase here = replica("astana");
    private final List<String> infos = new ArrayList<>();
    private final List<Problem> errors = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final List<PackageImportViewModel.Preview> previews = new ArrayList<>();
    private final List<String> imported = new ArrayList<>();

    private static H2PlanDatabase replica(String user) {
        return H2PlanDatabase.openInMemory("package-preview-" + UUID.randomUUID(), ChangeAuthor.newReplica(user));
    }

    @AfterEach
    void close() {
        minsk.close();
        here.close();
    }

    private PackageImportViewModel model(boolean userImports) {
        Notifier notifier = new Notifier() {
            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void error(Problem problem) {
                errors.add(problem);
            }

            @Override
            public void failure(String text, Throwable cause) {
                failures.add(cause);
            }
        };
        return new PackageImportViewModel(here, new BackupPolicy(here, Clock.systemUTC()), Messages.english(),
                notifier, TaskRunner.inline(), preview -> {
                    previews.add(preview);
                    return userImports;
                }, imported::add, () -> { });
    }

    private Path packageFromMinsk() throws IOException {
        new SamplePlan(minsk).load();
        Path file = temp.resolve("minsk.coplan");
        new PackageExport(minsk, Clock.systemUTC()).export(true, file);
        return file;
    }

    @Test
    void thePreviewShowsTheDryRunAndCancellingLeavesThePlanAsItWas() throws IOException {
        Path file = packageFromMinsk();

        model(false).open(file);

        assertThat(previews).singleElement().satisfies(preview -> {
            // a replica is named after its user and host
            assertThat(preview.report().sender().name()).startsWith("minsk");
            assertThat(preview.heading()).isEqualTo("Import minsk.coplan from " + preview.report().sender().name()
                    + "?");
            assertThat(preview.report().dryRun()).isTrue();
            assertThat(preview.report().inserted()).isPositive();
            assertThat(preview.lines()).anySatisfy(line -> assertThat(line)
                    .startsWith("Importing it adds " + preview.report().inserted() + " rows"));
        });
        assertThat(new SamplePlan(here).isEmpty()).isTrue();
        assertThat(imported).isEmpty();
        assertThat(infos).containsExactly("minsk.coplan was not imported.");
    }

    @Test
    void importingAfterThePreviewAppliesThePackage() throws IOException {
        Path file = packageFromMinsk();

        model(true).open(file);

        assertThat(new SamplePlan(here).isEmpty()).isFalse();
        PackageImportViewModel.Preview preview = previews.getFirst();
        assertThat(imported).singleElement().asString().startsWith("Imported the package from "
                + preview.report().sender().name() + ": " + preview.report().inserted() + " rows added");
        assertThat(errors).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFileThatIsNoPlanPackageIsOneMessageAndNoPreview() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.coplan"), "shopping list");

        model(true).open(file);

        assertThat(previews).isEmpty();
        assertThat(errors).hasSize(1);
        assertThat(failures).isEmpty();
        assertThat(new SamplePlan(here).isEmpty()).isTrue();
    }
}
