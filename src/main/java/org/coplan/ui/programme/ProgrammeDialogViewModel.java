package org.coplan.ui.programme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.MemberState;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.service.ReferenceData;

/**
 * The fields of the programme dialog and their checks. Every change re-validates; each field group has its
 * own message (empty when fine) for the dialog to show beside it, and {@link #validProperty()} keeps OK
 * disabled until everything is acceptable, so {@link #toProgramme()} never builds a record the model refuses.
 */
public final class ProgrammeDialogViewModel {

    static final int TITLE_LIMIT = 500;
    static final int ACT_TITLE_LIMIT = 500;
    static final int ACT_NUMBER_LIMIT = 100;
    static final int DESCRIPTION_LIMIT = 4000;
    private static final int DEFAULT_YEARS = 5;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ProgrammeKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<ProgrammeStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty actTitle = new SimpleStringProperty(this, "actTitle", "");
    private final StringProperty actNumber = new SimpleStringProperty(this, "actNumber", "");
    private final ObjectProperty<LocalDate> actDate = new SimpleObjectProperty<>(this, "actDate");
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(this, "start");
    private final ObjectProperty<LocalDate> finish = new SimpleObjectProperty<>(this, "finish");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableSet<UUID> checkedAreaIds = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<UUID> checkedStateIds = FXCollections.observableSet(new HashSet<>());

    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper actError = new ReadOnlyStringWrapper(this, "actError", "");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper(this, "periodError", "");
    private final ReadOnlyStringWrapper kindError = new ReadOnlyStringWrapper(this, "kindError", "");
    private final ReadOnlyStringWrapper descriptionError = new ReadOnlyStringWrapper(this, "descriptionError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    private final Messages messages;
    private final ObservableList<PriorityArea> areaChoices;
    private final ObservableList<MemberState> stateChoices;
    private final Programme original;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter shortDateFormat;

    private ProgrammeDialogViewModel(Messages messages, ReferenceData reference, Programme original) {
        this.messages = messages;
        this.original = original;
        this.areaChoices = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(reference.priorityAreas()));
        this.stateChoices = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(reference.states()));
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.shortDateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale());
        List<Observable> inputs = List.of(title, kind, status, actTitle, actNumber, actDate, start, finish,
                description);
        inputs.forEach(input -> input.addListener(changed -> validate()));
    }

    /** A new programme: a draft framework programme over the five calendar years after {@code today}'s. */
    public static ProgrammeDialogViewModel forNew(Messages messages, ReferenceData reference, LocalDate today) {
        ProgrammeDialogViewModel model = new ProgrammeDialogViewModel(messages, reference, null);
        LocalDate firstDay = LocalDate.of(today.getYear() + 1, 1, 1);
        model.kind.set(ProgrammeKind.FRAMEWORK_PROGRAMME);
        model.status.set(ProgrammeStatus.DRAFT);
        model.start.set(firstDay);
        model.finish.set(firstDay.plusYears(DEFAULT_YEARS).minusDays(1));
        model.validate();
        return model;
    }

    public static ProgrammeDialogViewModel forEdit(Messages messages, ReferenceData reference, Programme programme) {
        ProgrammeDialogViewModel model = new ProgrammeDialogViewModel(messages, reference, programme);
        model.title.set(programme.title());
        model.kind.set(programme.kind());
        model.status.set(programme.status());
        model.actTitle.set(nullToEmpty(programme.act().title()));
        model.actNumber.set(nullToEmpty(programme.act().number()));
        model.actDate.set(programme.act().date());
        model.start.set(programme.period().start());
        model.finish.set(programme.period().finish());
        model.description.set(nullToEmpty(programme.description()));
        model.checkedAreaIds.addAll(programme.priorityAreaIds());
        model.checkedStateIds.addAll(programme.stateIds());
        model.validate();
        return model;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The dialog's title: "New programme" or "Edit programme". */
    public String heading() {
        return isNew() ? messages.tr("ui.programme.dialog.new") : messages.tr("ui.programme.dialog.edit");
    }

    /**
     * The programme as entered: the same id as the original when editing, a fresh one when new.
     *
     * @throws IllegalStateException when the fields are not valid (OK should have been disabled)
     */
    public Programme toProgramme() {
        if (!isValid()) {
            throw new IllegalStateException("the programme dialog is not valid: " + firstError());
        }
        UUID id = isNew() ? Ids.newId() : original.id();
        return new Programme(id, title.get(), kind.get(),
                new ApprovingAct(actTitle.get(), actNumber.get(), actDate.get()),
                new DateRange(start.get(), finish.get()), status.get(), description.get(),
                Set.copyOf(checkedAreaIds), Set.copyOf(checkedStateIds));
    }

    /** Whether anything differs from the programme being edited (always true for a new one). */
    public boolean isChanged() {
        return isNew() || !toProgramme().equals(original);
    }

    private void validate() {
        titleError.set(text(lengthProblem(title.get(), true, "field.title", TITLE_LIMIT)));
        kindError.set(kind.get() == null || status.get() == null
                ? messages.tr("ui.programme.dialog.choose-kind-and-status") : "");
        String actProblem = text(lengthProblem(actTitle.get(), false, "field.act-title", ACT_TITLE_LIMIT));
        if (actProblem.isEmpty()) {
            actProblem = text(lengthProblem(actNumber.get(), false, "field.act-number", ACT_NUMBER_LIMIT));
        }
        actError.set(actProblem);
        periodError.set(text(periodProblem()));
        descriptionError.set(text(lengthProblem(description.get(), false, "field.description", DESCRIPTION_LIMIT)));
        valid.set(firstError().isEmpty());
    }

    private Problem periodProblem() {
        if (start.get() == null) {
            return Problem.tr("rule.required", Problem.tr("field.start"));
        }
        if (finish.get() == null) {
            return Problem.tr("rule.required", Problem.tr("field.finish"));
        }
        if (finish.get().isBefore(start.get())) {
            return Problem.tr("rule.finish-before-start", inSentence(finish.get()), inSentence(start.get()));
        }
        return null;
    }

    /**
     * A date as a sentence names it: the medium form ("Jan 1, 2027"), unless that ends in a period (Russian
     * "1 янв. 2027 г."), which would double the sentence's own; then the short one ("01.01.2027").
     */
    private String inSentence(LocalDate date) {
        String medium = dateFormat.format(date);
        return medium.endsWith(".") ? shortDateFormat.format(date) : medium;
    }

    private static Problem lengthProblem(String value, boolean required, String field, int limit) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            return Problem.tr("rule.required", Problem.tr(field));
        }
        if (stripped.length() > limit) {
            return Problem.tr("rule.too-long", Problem.tr(field), limit);
        }
        return null;
    }

    private String firstError() {
        for (String error : List.of(titleError.get(), kindError.get(), actError.get(), periodError.get(),
                descriptionError.get())) {
            if (!error.isEmpty()) {
                return error;
            }
        }
        return "";
    }

    private String text(Problem problem) {
        return problem == null ? "" : messages.text(problem);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The name of a state as the lists show it: "Kazakhstan (KZ)". */
    public String stateName(MemberState state) {
        return messages.tr("ui.programme.dialog.state-choice", state.name().in(messages.locale()), state.isoCode());
    }

    public String areaName(PriorityArea area) {
        return area.name().in(messages.locale());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ProgrammeKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ProgrammeStatus> statusProperty() {
        return status;
    }

    public StringProperty actTitleProperty() {
        return actTitle;
    }

    public StringProperty actNumberProperty() {
        return actNumber;
    }

    public ObjectProperty<LocalDate> actDateProperty() {
        return actDate;
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> finishProperty() {
        return finish;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Every priority area the programme may fund, in code order. */
    public ObservableList<PriorityArea> areaChoices() {
        return areaChoices;
    }

    public ObservableList<MemberState> stateChoices() {
        return stateChoices;
    }

    /** The ids of the checked priority areas; the dialog's check list keeps it in step. */
    public ObservableSet<UUID> checkedAreaIds() {
        return checkedAreaIds;
    }

    public ObservableSet<UUID> checkedStateIds() {
        return checkedStateIds;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kindErrorProperty() {
        return kindError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actErrorProperty() {
        return actError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionErrorProperty() {
        return descriptionError.getReadOnlyProperty();
    }

    /** Whether OK may be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
