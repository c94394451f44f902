package org.coplan.ui.conflicts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Messages;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.sync.ConflictResolution;
import org.coplan.service.sync.ConflictResolution.Keep;
import org.coplan.service.sync.ConflictResolution.OpenConflict;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.common.TaskRunner;

/**
 * Plan ▸ Conflicts…: the open sync conflicts (item, field, my value, their value, from which replica, when), and
 * keeping one side of the selected one. Keeping is an edit of the plan made here; the window reads the plan
 * again afterwards. The count of open conflicts also feeds the status bar's hint.
 */
public final class ConflictsViewModel {

    /** One conflict as the table shows it. */
    public record ConflictRow(OpenConflict conflict, String item, String field, String mine, String theirs,
                              String from, String when) {
    }

    private final ConflictResolution resolution;
    private final Messages messages;
    private final Notifier notifier;
    private final TaskRunner tasks;
    private final Runnable planChanged;
    private final DateTimeFormatter timeFormat;
    private final ObservableList<ConflictRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");

    /** @param planChanged what follows a decision: the window reads the changed plan again */
    public ConflictsViewModel(ConflictResolution resolution, Messages messages, Notifier notifier, TaskRunner tasks,
                              Runnable planChanged, ZoneId zone) {
        this.resolution = resolution;
        this.messages = messages;
        this.notifier = notifier;
        this.tasks = tasks;
        this.planChanged = planChanged;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);
        count.subscribe(open -> hint.set(open.intValue() == 0 ? ""
                : messages.tr("ui.conflicts.hint", open.intValue())));
    }

    public ObservableList<ConflictRow> rows() {
        return rows;
    }

    public ObjectProperty<ConflictRow> selectedProperty() {
        return selected;
    }

    /** True while the conflicts are read or a decision is written: the buttons wait for it. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** How many conflicts are open. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** "2 open conflicts" for the status bar; empty when there are none. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Whether "Keep mine" / "Keep theirs" can act now. */
    public BooleanBinding cannotDecide() {
        return Bindings.createBooleanBinding(() -> busy.get() || selected.get() == null, busy, selected);
    }

    /** Reads the open conflicts again. */
    public void refresh() {
        busy.set(true);
        tasks.run(resolution::open, this::show, this::failed);
    }

    private void show(List<OpenConflict> open) {
        busy.set(false);
        UUID selectedId = selected.get() == null ? null : selected.get().conflict().id();
        rows.setAll(open.stream().map(this::row).toList());
        count.set(rows.size());
        selected.set(rows.stream().filter(row -> row.conflict().id().equals(selectedId)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst()));
    }

    public void keepMine() {
        keep(Keep.MINE);
    }

    public void keepTheirs() {
        keep(Keep.THEIRS);
    }

    private void keep(Keep keep) {
        ConflictRow row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> resolution.keep(row.conflict().id(), keep), decided -> {
            notifier.info(messages.tr("ui.conflicts.kept", keep == Keep.MINE ? row.mine() : row.theirs(),
                    row.item(), row.field()));
            selected.set(null);
            planChanged.run();
            refresh();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        switch (failure) {
            case PlanRuleViolation refused -> notifier.error(refused.problem());
            case DatabaseUnavailableException unavailable -> notifier.error(unavailable.problem());
            default -> notifier.failure(messages.tr("ui.conflicts.failed"), failure);
        }
    }

    private ConflictRow row(OpenConflict conflict) {
        return new ConflictRow(conflict, conflict.item(), fieldLabel(conflict.entityType(), conflict.field()),
                value(conflict.mine(), conflict.mineDeletes()), value(conflict.theirs(), conflict.theirsDeletes()),
                conflict.theirReplica(), timeFormat.format(conflict.theirTime()));
    }

    /** A work item's field by the name the property sheet gives it; other fields by their stored name. */
    private String fieldLabel(String entityType, String field) {
        if (!entityType.equals("work_item")) {
            return field;
        }
        return switch (field) {
            case "name" -> messages.tr("ui.properties.name");
            case "item_kind" -> messages.tr("ui.properties.kind");
            case "start_date" -> messages.tr("ui.properties.start");
            case "finish_date" -> messages.tr("ui.properties.finish");
            case "duration_days" -> messages.tr("ui.properties.duration");
            case "percent_complete" -> messages.tr("ui.properties.percent-complete");
            case "constraint_type" -> messages.tr("ui.properties.constraint-type");
            case "constraint_date" -> messages.tr("ui.properties.constraint-date");
            case "lead_state_id" -> messages.tr("ui.properties.lead-state");
            case "lead_organization_id" -> messages.tr("ui.properties.lead-organization");
            case "participating_states" -> messages.tr("ui.properties.participating-states");
            case "priority_area_id" -> messages.tr("ui.properties.priority-area");
            case "deliverable" -> messages.tr("ui.properties.deliverable");
            case "notes" -> messages.tr("ui.properties.notes");
            default -> field;
        };
    }

    private String value(String value, boolean deletes) {
        if (deletes) {
            return messages.tr("ui.conflicts.deleted");
        }
        return value == null || value.isEmpty() ? messages.tr("ui.conflicts.empty") : value;
    }
}
