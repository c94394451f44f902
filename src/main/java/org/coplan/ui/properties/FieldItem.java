package org.coplan.ui.properties;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** An {@link ItemField} as a line of ControlsFX's {@link PropertySheet}. */
final class FieldItem implements PropertySheet.Item {

    private final ItemField<?> field;
    private final String category;

    FieldItem(ItemField<?> field, String category) {
        this.field = field;
        this.category = category;
    }

    ItemField<?> field() {
        return field;
    }

    @Override
    public Class<?> getType() {
        return field.type();
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return field.name();
    }

    @Override
    public String getDescription() {
        return field.description();
    }

    @Override
    public Object getValue() {
        return field.getValue();
    }

    /** Our editors commit through the field themselves; a generic editor's value is committed here. */
    @Override
    @SuppressWarnings("unchecked")
    public void setValue(Object value) {
        ((ItemField<Object>) field).commit(value);
    }

    @Override
    public Optional<ObservableValue<?>> getObservableValue() {
        return Optional.of(field.valueProperty());
    }

    /**
     * Always true: the sheet would disable the editor of a read-only item (greying out its text), while our
     * editors follow {@link ItemField#editableProperty()} themselves and show read-only values as text.
     */
    @Override
    public boolean isEditable() {
        return true;
    }
}
