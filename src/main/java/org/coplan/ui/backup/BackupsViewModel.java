package org.coplan.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.BiPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.l10n.Messages;
import org.coplan.service.backup.BackupPolicy;
import org.coplan.service.port.Backup;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * File ▸ Backups…: the backups beside the plan database, newest first; taking one now; restoring the selected
 * one after the user confirmed (the plan as it is is backed up first, and the window then reads the restored
 * plan afresh); and how many automatic backups to keep.
 */
public final class BackupsViewModel {

    /** One backup as the table shows it. */
    public record BackupRow(Backup backup, String taken, String reason, String items, String size) {
    }

    private final BackupPolicy policy;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final BiPredicate<String, String> confirm;
    private final Runnable restored;
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty keep = new SimpleIntegerProperty(this, "keep", BackupPolicy.DEFAULT_KEEP);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty restoredDone = new SimpleBooleanProperty(this, "restored");
    private final DateTimeFormatter timeFormat;

    /**
     * @param confirm  asks the question (first argument) with a confirming button text (second); true to go on
     * @param restored what follows a restore: the window drops what it shows and reads the plan again
     */
    public BackupsViewModel(BackupPolicy policy, Messages messages, Notifier notifier, TaskRunner tasks,
                            BiPredicate<String, String> confirm, Runnable restored, ZoneId zone) {
        this.policy = policy;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.confirm = confirm;
        this.restored = restored;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(zone);
    }

    public ObservableList<BackupRow> rows() {
        return rows;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    /** True while a backup or a restore runs: the dialog's buttons wait for it. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Becomes true once a backup has been restored: the dialog closes, the window is built afresh. */
    public BooleanProperty restoredProperty() {
        return restoredDone;
    }

    /** Reads the backups and the number to keep. */
    public void refresh() {
        busy.set(true);
        tasks.run(() -> new Listing(policy.list(), policy.keep()), this::show, this::failed);
    }

    private record Listing(List<Backup> backups, int keep) {
    }

    private void show(Listing listing) {
        busy.set(false);
        String selectedId = selected.get() == null ? null : selected.get().backup().id();
        rows.setAll(listing.backups().stream().map(this::row).toList());
        keep.set(listing.keep());
        selected.set(rows.stream().filter(r -> r.backup().id().equals(selectedId)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst()));
    }

    public void backUpNow() {
        busy.set(true);
        tasks.run(() -> policy.manual().orElseThrow(), taken -> {
            notifier.info(messages.tr("ui.backup.taken", taken.file()));
            selected.set(null);
            refresh();
        }, this::failed);
    }

    /** Restores the selected backup once the user has confirmed; nothing happens without a selection. */
    public void restoreSelected() {
        BackupRow row = selected.get();
        if (row == null || !confirm.test(messages.tr("ui.backup.restore.question", row.taken(), row.items()),
                messages.tr("ui.backup.restore.confirm"))) {
            return;
        }
        busy.set(true);
        tasks.run(() -> policy.restore(row.backup().id()), done -> {
            busy.set(false);
            restoredDone.set(true);
            restored.run();
        }, this::failed);
    }

    /** Stores how many backups to keep; fewer than there are deletes the oldest at once. */
    public void applyKeep(int wanted) {
        int clamped = Math.clamp(wanted, BackupPolicy.MIN_KEEP, BackupPolicy.MAX_KEEP);
        busy.set(true);
        tasks.run(() -> {
            policy.setKeep(clamped);
            return clamped;
        }, done -> refresh(), this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof DatabaseUnavailableException unavailable) {
            notifier.error(unavailable.problem());
        } else {
            notifier.failure(messages.tr("ui.backup.failed"), failure);
        }
    }

    private BackupRow row(Backup backup) {
        return new BackupRow(backup, timeFormat.format(backup.created()), messages.tr(backup.reason().messageKey()),
                backup.items() < 0 ? "" : messages.tr("ui.backup.items", backup.items()),
                messages.tr("ui.backup.size", Math.max(1, Math.round(backup.bytes() / 1024.0))));
    }
}
