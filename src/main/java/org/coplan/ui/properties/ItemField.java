package org.coplan.ui.properties;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.coplan.domain.WorkItem;
import org.coplan.ui.roadmap.Choice;

/**
 * One line of the property sheet: a field of the shown work item, its current value, and how a new value
 * is stored. Free of controls, so the view model's tests can read and commit fields; the view turns each
 * field into a {@code PropertySheet.Item} with an editor chosen by {@link #editor()}.
 *
 * @param <T> the value type the editor works with
 */
public final class ItemField<T> {

    /** The sheet's groups, in the order shown. */
    public enum Category { GENERAL, SCHEDULE, RESPONSIBILITY, NOTES, BASELINE }

    /** Which editor the sheet shows. */
    public enum Editor {
        /** Shown, never edited (the WBS code). */
        READ_ONLY,
        /** One line of text, committed on Enter or when left. */
        TEXT,
        /** Several lines, committed when left or on Ctrl+Enter. */
        LONG_TEXT,
        /** A date picker; typed text is read by {@link #commitText}. */
        DATE,
        /** One of {@link #choices()}. */
        CHOICE,
        /** Any number of {@link #choices()}: the value is a set of their values. */
        MULTI_CHOICE
    }

    private final String id;
    private final Category category;
    private final String name;
    private final String description;
    private final Editor editor;
    private final Class<?> type;
    private final Function<WorkItem, T> read;
    private final BiPredicate<UUID, T> write;
    private final BiPredicate<UUID, String> writeText;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable");
    private final ReadOnlyObjectWrapper<List<? extends Choice<?>>> choices =
            new ReadOnlyObjectWrapper<>(this, "choices", List.of());
    private final Predicate<WorkItem> editableFor;
    private UUID itemId;

    private ItemField(Builder<T> builder) {
        this.id = builder.id;
        this.category = builder.category;
        this.name = builder.name;
        this.description = builder.description;
        this.editor = builder.editor;
        this.type = builder.type;
        this.read = builder.read;
        this.write = builder.write;
        this.writeText = builder.writeText;
        this.editableFor = builder.editableFor;
    }

    static <T> Builder<T> builder(String id, Category category, Editor editor, Class<?> type) {
        return new Builder<>(id, category, editor, type);
    }

    /** A stable name for tests and style classes, e.g. {@code "start"}. */
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Editor editor() {
        return editor;
    }

    public Class<?> type() {
        return type;
    }

    /** The shown item's value; follows every edit, and stays as it was when an edit is refused. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }

    /** False without an item, for read-only fields, and where the item's state rules it out. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<? extends Choice<?>>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /**
     * Stores a new value for the shown item as one undoable edit. Returns false when there is no item, the
     * value is unchanged, or the edit was refused (the refusal has been shown to the user).
     */
    public boolean commit(T newValue) {
        if (itemId == null || write == null || !editable.get() || Objects.equals(newValue, value.get())) {
            return false;
        }
        return write.test(itemId, newValue);
    }

    /** Stores typed text that the editor could not read itself (a date), so the refusal names the item. */
    public boolean commitText(String typed) {
        if (itemId == null || writeText == null || !editable.get()) {
            return false;
        }
        return writeText.test(itemId, typed);
    }

    void show(WorkItem item) {
        itemId = item == null ? null : item.id();
        value.set(item == null ? null : read.apply(item));
        editable.set(item != null && write != null && editableFor.test(item));
    }

    void setChoices(List<? extends Choice<?>> entries) {
        choices.set(List.copyOf(entries));
    }

    static final class Builder<T> {
        private final String id;
        private final Category category;
        private final Editor editor;
        private final Class<?> type;
        private String name = "";
        private String description;
        private Function<WorkItem, T> read;
        private BiPredicate<UUID, T> write;
        private BiPredicate<UUID, String> writeText;
        private Predicate<WorkItem> editableFor = item -> true;

        private Builder(String id, Category category, Editor editor, Class<?> type) {
            this.id = id;
            this.category = category;
            this.editor = editor;
            this.type = type;
        }

        Builder<T> name(String text) {
            this.name = text;
            return this;
        }

        Builder<T> description(String text) {
            this.description = text;
            return this;
        }

        Builder<T> read(Function<WorkItem, T> reader) {
            this.read = reader;
            return this;
        }

        Builder<T> write(BiPredicate<UUID, T> writer) {
            this.write = writer;
            return this;
        }

        Builder<T> writeText(BiPredicate<UUID, String> writer) {
            this.writeText = writer;
            return this;
        }

        Builder<T> editableWhen(Predicate<WorkItem> condition) {
            this.editableFor = condition;
            return this;
        }

        ItemField<T> build() {
            return new ItemField<>(this);
        }
    }
}
