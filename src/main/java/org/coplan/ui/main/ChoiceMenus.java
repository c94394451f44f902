package org.coplan.ui.main;

import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.coplan.ui.common.Icons;

/**
 * A choice among a few values of a view-model property, as a submenu of radio items and as a toolbar combo
 * box: both follow the property, so the menu, the toolbar and the view always agree.
 */
final class ChoiceMenus {

    private ChoiceMenus() {
    }

    /** A submenu with one radio item per value, in the map's order, the property's value checked. */
    static <T> Menu menu(String text, Map<T, String> labels, ObjectProperty<T> chosen, BooleanBinding disabled) {
        Menu menu = new Menu(text);
        ToggleGroup group = new ToggleGroup();
        labels.forEach((value, label) -> {
            RadioMenuItem item = new RadioMenuItem(label);
            item.setToggleGroup(group);
            item.setUserData(value);
            item.setSelected(value.equals(chosen.get()));
            item.setOnAction(event -> chosen.set(value));
            menu.getItems().add(item);
        });
        chosen.addListener((observable, old, value) -> group.getToggles()
                .forEach(toggle -> toggle.setSelected(toggle.getUserData().equals(value))));
        menu.disableProperty().bind(disabled);
        return menu;
    }

    /**
     * A combo box of the values, listing their labels; closed, it shows the chosen one as {@code shown} puts
     * it ("Group: Lead state"), since two boxes side by side may hold the same label. Its tooltip names what
     * it chooses.
     */
    static <T> ComboBox<T> comboBox(String text, Map<T, String> labels, ObjectProperty<T> chosen,
                                    BooleanBinding disabled, UnaryOperator<String> shown) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(labels.keySet());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : labels.get(value);
            }

            @Override
            public T fromString(String label) {
                return labels.entrySet().stream().filter(entry -> entry.getValue().equals(label))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : shown.apply(labels.get(value)));
            }
        });
        box.valueProperty().bindBidirectional(chosen);
        Tooltip tooltip = Icons.tooltip(text);
        box.setTooltip(tooltip);
        box.setAccessibleText(text);
        box.setFocusTraversable(false);
        box.disableProperty().bind(disabled);
        return box;
    }
}
