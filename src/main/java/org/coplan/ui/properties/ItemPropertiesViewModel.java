package org.coplan.ui.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.service.RoadmapSession;
import org.coplan.ui.common.Notifier;
import org.coplan.ui.properties.ItemField.Category;
import org.coplan.ui.properties.ItemField.Editor;
import org.coplan.ui.roadmap.ComparedBaseline;
import org.coplan.ui.roadmap.ItemEdits;
import org.coplan.ui.roadmap.ItemText;
import org.coplan.ui.roadmap.ReferenceChoices;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;

/**
 * The property sheet of the roadmap editor's selected work item: every field in five groups (general,
 * schedule, responsibility, notes, and the compared baseline). Each field follows the item as it changes, whoever changed it; a new
 * value is stored through the roadmap session as one undoable edit, and a refused one leaves the field as
 * it was.
 */
public final class ItemPropertiesViewModel {

    private final RoadmapEditorViewModel editor;
    private final Messages messages;
    private final Notifier notifier;
    private final ItemText text;
    private final ReadOnlyObjectWrapper<WorkItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    private final ItemField<String> wbs;
    private final ItemField<String> name;
    private final ItemField<WorkItemKind> kind;
    private final ItemField<String> predecessors;
    private final ItemField<LocalDate> start;
    private final ItemField<LocalDate> finish;
    private final ItemField<String> duration;
    private final ItemField<String> percentComplete;
    private final ItemField<Boolean> manual;
    private final ItemField<ConstraintType> constraintType;
    private final ItemField<LocalDate> constraintDate;
    private final ItemField<UUID> leadState;
    private final ItemField<UUID> leadOrganization;
    private final ItemField<Set<UUID>> participatingStates;
    private final ItemField<UUID> priorityArea;
    private final ItemField<String> deliverable;
    private final ItemField<String> notes;
    private final List<ItemField<?>> fields;

    public ItemPropertiesViewModel(RoadmapEditorViewModel editor, Messages messages, Notifier notifier) {
        this.editor = editor;
        this.messages = messages;
        this.notifier = notifier;
        this.text = editor.text();
        ItemEdits edits = editor.edits();

        wbs = ItemField.<String>builder("wbs", Category.GENERAL, Editor.READ_ONLY, String.class)
                .name(messages.tr("ui.properties.wbs")).description(messages.tr("ui.properties.wbs.description"))
                .read(this::wbsOf).build();
        name = ItemField.<String>builder("name", Category.GENERAL, Editor.TEXT, String.class)
                .name(messages.tr("ui.properties.name")).read(WorkItem::name).write(edits::rename).build();
        kind = ItemField.<WorkItemKind>builder("kind", Category.GENERAL, Editor.CHOICE, WorkItemKind.class)
                .name(messages.tr("ui.properties.kind")).read(WorkItem::kind).write(edits::changeKind).build();
        predecessors = ItemField.<String>builder("predecessors", Category.GENERAL, Editor.TEXT, String.class)
                .name(messages.tr("ui.properties.predecessors"))
                .description(messages.tr("ui.properties.predecessors.description") + " "
                        + messages.tr("ui.properties.predecessors.other-roadmaps"))
                .read(this::predecessorsOf).write(edits::changePredecessors).build();

        start = ItemField.<LocalDate>builder("start", Category.SCHEDULE, Editor.DATE, LocalDate.class)
                .name(messages.tr("ui.properties.start")).read(WorkItem::start)
                .write(edits::changeStart).writeText(edits::changeStart).build();
        finish = ItemField.<LocalDate>builder("finish", Category.SCHEDULE, Editor.DATE, LocalDate.class)
                .name(messages.tr("ui.properties.finish")).read(WorkItem::finish)
                .write(edits::changeFinish).writeText(edits::changeFinish).build();
        duration = ItemField.<String>builder("duration", Category.SCHEDULE, Editor.TEXT, String.class)
                .name(messages.tr("ui.properties.duration"))
                .description(messages.tr("ui.properties.duration.description"))
                .read(row -> text.duration(row.durationDays())).write(edits::changeDuration)
                .editableWhen(row -> !row.isMilestone()).build();
        percentComplete = ItemField.<String>builder("percent-complete", Category.SCHEDULE, Editor.TEXT, String.class)
                .name(messages.tr("ui.properties.percent-complete"))
                .read(row -> text.percent(row.percentComplete())).write(edits::changePercentComplete).build();
        manual = ItemField.<Boolean>builder("manual", Category.SCHEDULE, Editor.CHOICE, Boolean.class)
                .name(messages.tr("ui.properties.manual"))
                .description(messages.tr("ui.properties.manual.description"))
                .read(WorkItem::manual).write(edits::changeManual).build();
        constraintType = ItemField.<ConstraintType>builder("constraint-type", Category.SCHEDULE, Editor.CHOICE,
                        ConstraintType.class)
                .name(messages.tr("ui.properties.constraint-type")).read(row -> row.constraint().type())
                .write(this::changeConstraintType).build();
        constraintDate = ItemField.<LocalDate>builder("constraint-date", Category.SCHEDULE, Editor.DATE,
                        LocalDate.class)
                .name(messages.tr("ui.properties.constraint-date"))
                .description(messages.tr("ui.properties.constraint-date.description"))
                .read(row -> row.constraint().date()).write(this::changeConstraintDate)
                .editableWhen(row -> row.constraint().type().needsDate()).build();

        leadState = ItemField.<UUID>builder("lead-state", Category.RESPONSIBILITY, Editor.CHOICE, UUID.class)
                .name(messages.tr("ui.properties.lead-state")).read(WorkItem::leadStateId)
                .write(edits::changeLeadState).build();
        leadOrganization = ItemField.<UUID>builder("lead-organization", Category.RESPONSIBILITY, Editor.CHOICE,
                        UUID.class)
                .name(messages.tr("ui.properties.lead-organization")).read(WorkItem::leadOrganizationId)
                .write(edits::changeLeadOrganization).build();
        participatingStates = ItemField.<Set<UUID>>builder("participating-states", Category.RESPONSIBILITY,
                        Editor.MULTI_CHOICE, Set.class)
                .name(messages.tr("ui.properties.participating-states")).read(WorkItem::participatingStateIds)
                .write(edits::changeParticipatingStates).build();
        priorityArea = ItemField.<UUID>builder("priority-area", Category.RESPONSIBILITY, Editor.CHOICE, UUID.class)
                .name(messages.tr("ui.properties.priority-area")).read(WorkItem::priorityAreaId)
                .write(edits::changePriorityArea).build();

        deliverable = ItemField.<String>builder("deliverable", Category.NOTES, Editor.LONG_TEXT, String.class)
                .name(messages.tr("ui.properties.deliverable")).read(WorkItem::deliverable)
                .write(edits::changeDeliverable).build();
        notes = ItemField.<String>builder("notes", Category.NOTES, Editor.LONG_TEXT, String.class)
                .name(messages.tr("ui.properties.notes")).read(WorkItem::notes).write(edits::changeNotes).build();

        List<ItemField<?>> all = new ArrayList<>(List.of(wbs, name, kind, predecessors, start, finish, duration,
                percentComplete, manual, constraintType, constraintDate, leadState, leadOrganization, participatingStates,
                priorityArea, deliverable, notes));
        all.addAll(baselineFields(editor.comparedBaseline()));
        fields = List.copyOf(all);

        editor.selectedItemProperty().addListener((observable, old, selected) -> show());
        // the WBS code and the predecessors change with other rows' edits, the item's record does not
        editor.addChangeListener(applied -> show());
        editor.comparedBaseline().revisionProperty().addListener((observable, old, revision) -> show());
        editor.choicesProperty().addListener((observable, old, choices) -> updateChoices(choices));
        updateChoices(editor.choicesProperty().get());
        show();
    }

    /** Every field, in the order shown within its category. */
    public List<ItemField<?>> fields() {
        return fields;
    }

    /** The field with this {@link ItemField#id() id}. */
    public Optional<ItemField<?>> field(String id) {
        return fields.stream().filter(field -> field.id().equals(id)).findFirst();
    }

    /** The item shown, or null when none is selected. */
    public ReadOnlyObjectProperty<WorkItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** "1.2 Design" above the sheet; empty without an item. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public String categoryName(Category category) {
        return switch (category) {
            case GENERAL -> messages.tr("ui.properties.category.general");
            case SCHEDULE -> messages.tr("ui.properties.category.schedule");
            case RESPONSIBILITY -> messages.tr("ui.properties.category.responsibility");
            case NOTES -> messages.tr("ui.properties.category.notes");
            case BASELINE -> messages.tr("ui.properties.category.baseline");
        };
    }

    public ItemText text() {
        return text;
    }

    private void show() {
        WorkItem selected = editor.selectedItemProperty().get();
        RoadmapSession session = editor.sessionProperty().get();
        WorkItem current = selected == null || session == null ? null : session.plan().find(selected.id()).orElse(null);
        item.set(current);
        heading.set(current == null ? "" : session.label(current.id()));
        fields.forEach(field -> field.show(current));
    }

    /** The compared baseline's dates and the variance from them, read-only as in MS Project. */
    private List<ItemField<String>> baselineFields(ComparedBaseline baseline) {
        String description = messages.tr("ui.properties.variance.description");
        return List.of(
                ItemField.<String>builder("baseline-start", Category.BASELINE, Editor.READ_ONLY, String.class)
                        .name(messages.tr("ui.properties.baseline-start")).read(baseline::baselineStart).build(),
                ItemField.<String>builder("baseline-finish", Category.BASELINE, Editor.READ_ONLY, String.class)
                        .name(messages.tr("ui.properties.baseline-finish")).read(baseline::baselineFinish).build(),
                ItemField.<String>builder("start-variance", Category.BASELINE, Editor.READ_ONLY, String.class)
                        .name(messages.tr("ui.properties.start-variance")).description(description)
                        .read(baseline::startVariance).build(),
                ItemField.<String>builder("finish-variance", Category.BASELINE, Editor.READ_ONLY, String.class)
                        .name(messages.tr("ui.properties.finish-variance")).description(description)
                        .read(baseline::finishVariance).build());
    }

    private void updateChoices(ReferenceChoices choices) {
        if (choices == null) {
            return;
        }
        kind.setChoices(choices.kinds());
        manual.setChoices(choices.modes());
        constraintType.setChoices(choices.constraintTypes());
        leadState.setChoices(choices.states());
        leadOrganization.setChoices(choices.organizations());
        participatingStates.setChoices(choices.participatingStates());
        priorityArea.setChoices(choices.priorityAreas());
    }

    private String wbsOf(WorkItem row) {
        RoadmapPlan plan = plan();
        return plan == null ? "" : plan.wbs(row.id());
    }

    private String predecessorsOf(WorkItem row) {
        RoadmapSession session = editor.sessionProperty().get();
        return session == null || session.plan().find(row.id()).isEmpty() ? "" : session.predecessorsText(row.id());
    }

    private RoadmapPlan plan() {
        RoadmapSession session = editor.sessionProperty().get();
        return session == null ? null : session.plan();
    }

    /**
     * A constraint that needs a date takes the date it already had, else the item's start (its finish for
     * the finish constraints), and the planner is told which date that is.
     */
    private boolean changeConstraintType(UUID id, ConstraintType type) {
        WorkItem row = item.get();
        if (row == null) {
            return false;
        }
        LocalDate date = null;
        if (type.needsDate()) {
            date = row.constraint().date();
            if (date == null) {
                date = switch (type) {
                    case FINISH_NO_EARLIER_THAN, FINISH_NO_LATER_THAN, MUST_FINISH_ON -> row.finish();
                    case AS_SOON_AS_POSSIBLE, START_NO_EARLIER_THAN, START_NO_LATER_THAN, MUST_START_ON -> row.start();
                };
                notifier.info(messages.tr("ui.properties.constraint-date-taken", text.constraint(type),
                        text.date(date)));
            }
        }
        return editor.edits().changeConstraint(id, type, date);
    }

    private boolean changeConstraintDate(UUID id, LocalDate date) {
        WorkItem row = item.get();
        if (row == null || !row.constraint().type().needsDate()) {
            return false;
        }
        return editor.edits().changeConstraint(id, row.constraint().type(), date);
    }
}
