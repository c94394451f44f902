package org.coplan.ui.properties;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.PropertySheet;
import org.coplan.l10n.Messages;
import org.coplan.ui.properties.ItemField.Category;

/**
 * The property sheet of the selected work item: a heading ("1.2 Design") over ControlsFX's
 * {@link PropertySheet} grouped by category, with our editors plugged in through its editor factory; a
 * quiet hint when no item is selected.
 */
public class ItemPropertiesView extends StackPane {

    private final ItemPropertiesViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final Label heading = new Label();
    private final Label empty = new Label();
    private final BorderPane content = new BorderPane();

    public ItemPropertiesView(ItemPropertiesViewModel vm, Messages messages) {
        this.vm = vm;
        getStyleClass().add("item-properties");
        setAccessibleText(messages.tr("ui.properties.title"));
        getStylesheets().add(ItemPropertiesView.class.getResource("item-properties.css").toExternalForm());

        Map<String, Category> categories = new HashMap<>();
        Map<Category, String> names = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            names.put(category, vm.categoryName(category));
            categories.put(vm.categoryName(category), category);
        }
        ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
        vm.fields().forEach(field -> items.add(new FieldItem(field, names.get(field.category()))));
        FieldEditors editors = new FieldEditors(vm.text(), messages);

        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setCategoryComparator((first, second) -> categories.get(first).compareTo(categories.get(second)));
        sheet.setPropertyEditorFactory(item -> editors.create(((FieldItem) item).field()));
        sheet.getItems().setAll(items);

        heading.getStyleClass().add("item-properties-heading");
        heading.textProperty().bind(vm.headingProperty());
        heading.setMaxWidth(Double.MAX_VALUE);
        content.setTop(heading);
        content.setCenter(sheet);

        empty.setText(messages.tr("ui.properties.no-selection"));
        empty.getStyleClass().add("item-properties-empty");
        empty.setWrapText(true);

        getChildren().setAll(content, empty);
        vm.itemProperty().addListener((observable, old, item) -> showItem(item != null));
        showItem(vm.itemProperty().get() != null);
    }

    private void showItem(boolean shown) {
        content.setVisible(shown);
        empty.setVisible(!shown);
    }
}
