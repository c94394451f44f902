package org.coplan.ui.programme;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coplan.domain.Ids;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkCalendar;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.ReferenceData;

/**
 * The fields of the roadmap dialog: name, description, the calendar its work follows unless an item's
 * lead state has its own, and whether its new items are scheduled manually. OK stays disabled until the name is given and nothing is too long.
 */
public final class RoadmapDialogViewModel {

    static final int NAME_LIMIT = 500;
    static final int DESCRIPTION_LIMIT = 4000;

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<WorkCalendar> calendar = new SimpleObjectProperty<>(this, "calendar");
    private final BooleanProperty newItemsManual = new SimpleBooleanProperty(this, "newItemsManual", false);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper(this, "descriptionError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    private final Messages messages;
    private final ObservableList<WorkCalendar> calendarChoices;
    private final Roadmap original;
    private final String programmeTitle;

    private RoadmapDialogViewModel(Messages messages, ReferenceData reference, Roadmap original,
                                   String programmeTitle) {
        this.messages = messages;
        this.original = original;
        this.programmeTitle = programmeTitle;
        this.calendarChoices = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(reference.calendars()));
        name.addListener(changed -> validate());
        description.addListener(changed -> validate());
    }

    /** A new roadmap in the programme named {@code programmeTitle}, on the default calendar. */
    public static RoadmapDialogViewModel forNew(Messages messages, ReferenceData reference, String programmeTitle) {
        RoadmapDialogViewModel model = new RoadmapDialogViewModel(messages, reference, null, programmeTitle);
        model.calendar.set(reference.defaultCalendar().orElse(null));
        model.validate();
        return model;
    }

    public static RoadmapDialogViewModel forEdit(Messages messages, ReferenceData reference, Roadmap roadmap,
                                                 String programmeTitle) {
        RoadmapDialogViewModel model = new RoadmapDialogViewModel(messages, reference, roadmap, programmeTitle);
        model.name.set(roadmap.name());
        model.description.set(roadmap.description() == null ? "" : roadmap.description());
        model.calendar.set(reference.calendar(roadmap.calendarId()).orElse(null));
        model.newItemsManual.set(roadmap.newItemsManual());
        model.validate();
        return model;
    }

    public boolean isNew() {
        return original == null;
    }

    public String heading() {
        return isNew() ? messages.tr("ui.programme.roadmap-dialog.new") : messages.tr("ui.programme.roadmap-dialog.edit");
    }

    /** The line under the heading that says which programme the roadmap belongs to. */
    public String programmeLine() {
        return messages.tr("ui.programme.roadmap-dialog.in-programme", programmeTitle);
    }

    /**
     * The roadmap as entered. A new one gets a fresh id and {@code sortKeyIfNew}, its place among the
     * programme's roadmaps; an edited one keeps its id, programme and place.
     */
    public Roadmap toRoadmap(UUID programmeId, String sortKeyIfNew) {
        if (!isValid()) {
            throw new IllegalStateException("the roadmap dialog is not valid");
        }
        UUID calendarId = calendar.get() == null ? null : calendar.get().id();
        if (isNew()) {
            return new Roadmap(Ids.newId(), programmeId, name.get(), description.get(), calendarId,
                    sortKeyIfNew == null ? Rank.initial(0) : sortKeyIfNew, newItemsManual.get());
        }
        return new Roadmap(original.id(), original.programmeId(), name.get(), description.get(), calendarId,
                original.sortKey(), newItemsManual.get());
    }

    private void validate() {
        String stripped = name.get() == null ? "" : name.get().strip();
        if (stripped.isEmpty()) {
            nameError.set(messages.tr("rule.required", Problem.tr("field.name")));
        } else if (stripped.length() > NAME_LIMIT) {
            nameError.set(messages.tr("rule.too-long", Problem.tr("field.name"), NAME_LIMIT));
        } else {
            nameError.set("");
        }
        String text = description.get() == null ? "" : description.get().strip();
        descriptionError.set(text.length() > DESCRIPTION_LIMIT
                ? messages.tr("rule.too-long", Problem.tr("field.description"), DESCRIPTION_LIMIT) : "");
        valid.set(nameError.get().isEmpty() && descriptionError.get().isEmpty());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<WorkCalendar> calendarProperty() {
        return calendar;
    }

    /** Whether items created in the roadmap from now on are scheduled manually (MS Project's per-project mode). */
    public BooleanProperty newItemsManualProperty() {
        return newItemsManual;
    }

    public ObservableList<WorkCalendar> calendarChoices() {
        return calendarChoices;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
