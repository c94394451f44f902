package org.coplan.ui.packages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.coplan.domain.Ids;
import org.coplan.exchange.ImportReport;
import org.coplan.exchange.PackageSigner;
import org.coplan.exchange.PackageReader;
import org.coplan.exchange.SignedPackage;
import org.coplan.exchange.TrustedImport;
import org.coplan.exchange.PackageRefusedException;
import org.coplan.l10n.Messages;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.sync.SyncConflict;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * Opening a plan package from the desktop ({@code coplan FILE.coplan}, a double click, or a second Coplan
 * forwarding the file): reads the package and works the import out as a dry run in the background, shows
 * what it would do, and imports it only when the user says so — after backing the plan up, as the
 * command line does. A refused package is one plain message; the plan is left as it was.
 */
public final class PackageImportViewModel {

    /** A package read and tried: what importing it would do, as lines for the dialog. */
    public record Preview(Path file, SignedPackage plan, ImportReport report, String heading, List<String> lines) {

        public Preview {
            lines = List.copyOf(lines);
        }
    }

    private final SyncDatabase database;
    private final BackupPolicy backups;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final Predicate<Preview> confirm;
    private final Consumer<String> imported;
    private final Runnable afterMerge;

    /**
     * @param confirm  shows the preview; true when the user chose to import
     * @param imported what follows an import: the window reads the changed plan afresh and shows the given
     *                 sentence saying what changed
     * @param afterMerge runs off the JavaFX thread after an import that changed the plan: dates are derived, so
     *                   the window reschedules the merged plan as the command line does (ADR 0008)
     */
    public PackageImportViewModel(SyncDatabase database, BackupPolicy backups, Messages messages, Notifier notifier,
                                  TaskRunner tasks, Predicate<Preview> confirm, Consumer<String> imported,
                                  Runnable afterMerge) {
        this.database = Objects.requireNonNull(database, "database");
        this.backups = Objects.requireNonNull(backups, "backups");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.confirm = Objects.requireNonNull(confirm, "confirm");
        this.imported = Objects.requireNonNull(imported, "imported");
        this.afterMerge = Objects.requireNonNull(afterMerge, "afterMerge");
    }

    /** Reads the package and, once its dry run is known, asks whether to import it. */
    public void open(Path file) {
        tasks.run(() -> preview(file), this::offer, failure -> failed(file, failure));
    }

    private Preview preview(Path file) {
        SignedPackage plan = PackageReader.readSigned(file);
        // the sender's key is checked as on the command line; a changed key is refused here, without an override
        TrustedImport.Outcome outcome = new TrustedImport(database, Ids::newId).apply(plan, true, false);
        ImportReport report = outcome.report();
        return new Preview(file, plan, report, messages.tr("ui.package.preview.heading", file.getFileName(),
                report.sender().name()), lines(outcome.signer(), report));
    }

    private List<String> lines(PackageSigner signer, ImportReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(signer.status() == PackageSigner.KeyStatus.KNOWN
                ? messages.tr("ui.package.preview.signed-known", signer.name(), signer.fingerprint())
                : messages.tr("ui.package.preview.signed-new", signer.name(), signer.fingerprint()));
        lines.add(messages.tr(report.full() ? "ui.package.preview.full" : "ui.package.preview.changes",
                report.received(), report.duplicates()));
        lines.add(messages.tr("ui.package.preview.rows", report.inserted(), report.updated(), report.deleted()));
        if (report.waiting() > 0) {
            lines.add(messages.tr("ui.package.preview.waiting", report.waiting()));
        }
        lines.add(report.conflicts().isEmpty() ? messages.tr("ui.package.preview.no-conflicts")
                : messages.tr("ui.package.preview.conflicts", report.conflicts().size()));
        for (SyncConflict conflict : report.conflicts()) {
            lines.add(messages.tr("ui.package.preview.conflict", conflict.entityType(), conflict.entityId(),
                    conflict.field(), String.valueOf(conflict.loserValue())));
        }
        if (report.applied() == 0) {
            lines.add(messages.tr("ui.package.preview.nothing-new"));
        }
        return lines;
    }

    private void offer(Preview preview) {
        if (!confirm.test(preview)) {
            notifier.info(messages.tr("ui.package.cancelled", preview.file().getFileName()));
            return;
        }
        tasks.run(() -> {
            backups.beforeImport();
            ImportReport report = new TrustedImport(database, Ids::newId).apply(preview.plan(), false, false).report();
            if (report.applied() > 0) {
                afterMerge.run();
            }
            return report;
        }, report -> imported.accept(importedText(report)), failure -> failed(preview.file(), failure));
    }

    private void failed(Path file, Throwable failure) {
        if (failure instanceof PackageRefusedException refused) {
            notifier.error(refused.problem());
        } else {
            notifier.failure(messages.tr("ui.package.failed", file), failure);
        }
    }

    private String importedText(ImportReport report) {
        return messages.tr("ui.package.imported", report.sender().name(), report.inserted(), report.updated(),
                report.deleted(), report.conflicts().size());
    }
}
