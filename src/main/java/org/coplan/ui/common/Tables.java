package org.coplan.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** What the dialogs' read-only tables share: text columns, and a selection kept in step with a view model. */
public final class Tables {

    private Tables() {
    }

    /** A column showing text read from each row, in a fixed place and order (the model sorts the rows). */
    public static <R> TableColumn<R, String> textColumn(String title, double width, Function<R, String> read) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(features -> Bindings.createStringBinding(() -> read.apply(features.getValue())));
        return column;
    }

    /** The table and the model select the same row, whichever side changes it; no row leaves the model's alone. */
    public static <R> void selectInStep(TableView<R> table, ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                selected.set(row);
            }
        });
        selected.addListener((observable, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
    }
}
