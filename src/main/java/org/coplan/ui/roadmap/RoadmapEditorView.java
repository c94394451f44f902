package org.coplan.ui.roadmap;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.gantt.GanttChart;
import org.coplan.l10n.Messages;
import org.coplan.service.EditApplied;
import org.coplan.service.RoadmapSession;

/**
 * The roadmap editor: the tree table of work items on the left of a split pane, and on the right the Gantt
 * chart sharing its rows (see {@link RoadmapChart}). Binds to its {@link RoadmapEditorViewModel}; each key and menu item is one
 * call into it. Keys are listed in {@link RoadmapKeys}.
 */
public class RoadmapEditorView extends BorderPane {

    private final RoadmapEditorViewModel vm;
    private final Messages messages;
    private final TreeTableView<WorkItem> table = new TreeTableView<>();
    private final RoadmapColumns columns;
    private final SplitPane split = new SplitPane();
    private final StackPane chartArea = new StackPane();
    private final RoadmapChart chart;
    private final Label placeholderText = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ContextMenu contextMenu;
    // the outline is kept in step even while the rows are grouped, so its expanded branches survive a regrouping
    private PlanTreeModel outline;
    private TreeRows model;
    private TreeTableColumn<WorkItem, WorkItem> currentColumn;
    private boolean showingSelection;
    private boolean pushingSelection;

    public RoadmapEditorView(RoadmapEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.columns = new RoadmapColumns(vm, messages);
        getStyleClass().add("roadmap-editor");
        getStylesheets().add(RoadmapEditorView.class.getResource("roadmap-editor.css").toExternalForm());

        buildTable();
        contextMenu = buildContextMenu();
        chart = new RoadmapChart(vm, messages, table);
        chartArea.getChildren().setAll(chart.chart());
        chartArea.setMinWidth(0);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(table, chartArea);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(chartArea, Boolean.TRUE);
        setCenter(split);
        setBottom(chart.legend());

        vm.sessionProperty().addListener((observable, old, session) -> sessionChanged(session));
        vm.loadingProperty().addListener((observable, was, loading) -> updatePlaceholder());
        vm.addChangeListener(this::planChanged);
        vm.groupingProperty().addListener((observable, old, grouping) -> regroup());
        vm.choicesProperty().addListener((observable, old, choices) -> {
            if (vm.groupingProperty().get() != RowGrouping.WBS) {
                regroup();
            }
        });
        // another baseline compared, or the compared one saved again: the baseline columns change in every row
        vm.comparedBaseline().revisionProperty().addListener((observable, old, revision) -> table.refresh());
        vm.selection().addListener((ListChangeListener<UUID>) change -> showSelection());
        sessionChanged(vm.sessionProperty().get());
    }

    private void buildTable() {
        table.getStyleClass().addAll(Styles.DENSE, "roadmap-tree");
        table.getColumns().setAll(columns.all());
        table.setTreeColumn(columns.name);
        table.setShowRoot(false);
        table.setEditable(true);
        table.setTableMenuButtonVisible(false);
        table.setRowFactory(ignored -> new ItemRow());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems()
                .addListener((ListChangeListener<TreeItem<WorkItem>>) change -> pushSelection());
        currentColumn = columns.name;

        progress.setMaxSize(32, 32);
        VBox placeholder = new VBox(12, progress, placeholderText);
        placeholder.getStyleClass().add("roadmap-placeholder");
        placeholderText.getStyleClass().add("placeholder-text");
        placeholderText.setWrapText(true);
        table.setPlaceholder(placeholder);

        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        table.editingCellProperty().addListener((observable, old, editing) -> {
            if (editing == null) {
                table.getProperties().remove(ItemCell.TYPED_TEXT);
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, this::rememberColumn);
        // the cells have seen the click by now (see ItemCell.SINGLE_CLICK)
        table.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> table.getProperties().remove(ItemCell.SINGLE_CLICK));
        table.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            contextMenu.show(table, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> contextMenu.hide());
    }

    // ---- what the window may use

    /** The Gantt chart, for the window's zoom buttons and view toggles (critical path, baseline). */
    public GanttChart ganttChart() {
        return chart.chart();
    }

    /** What a double click on a Gantt bar does after selecting its item, e.g. show the item's properties. */
    public void setOnOpenItem(Runnable action) {
        chart.setOnOpen(action);
    }

    /** The position of the divider between the tree and the chart, 0 to 1, for the window to remember. */
    public DoubleProperty dividerPositionProperty() {
        return split.getDividers().getFirst().positionProperty();
    }

    /** Sets the chart's opening zoom, grouping and colouring (see {@link ChartStart}). */
    public void showChartAs(ChartStart start) {
        if (start.zoom() != null) {
            chart.setOpeningZoom(start.zoom());
        }
        vm.groupingProperty().set(start.grouping());
        vm.colouringProperty().set(start.colouring());
    }

    /** Moves the keyboard focus into the tree. */
    public void focusTree() {
        table.requestFocus();
    }

    // ---- keeping the tree in step

    private void sessionChanged(RoadmapSession session) {
        if (session == null) {
            outline = null;
            model = null;
            table.setRoot(null);
        } else {
            outline = new PlanTreeModel(session.plan());
            model = grouped(outline);
            table.setRoot(model.root());
            showSelection();
        }
        chart.sessionChanged(session, model);
        updatePlaceholder();
    }

    /** The rows as the chosen grouping arranges them: the outline itself, or swimlanes over the same plan. */
    private TreeRows grouped(PlanTreeModel plain) {
        RowGrouping grouping = vm.groupingProperty().get();
        if (grouping == RowGrouping.WBS || vm.groups(grouping).isEmpty()) {
            return plain;
        }
        return new GroupedTreeModel(plain.plan(), () -> vm.groups(grouping).orElseThrow(), messages);
    }

    /** Shows the rows grouped anew (or as the outline), keeping the selection. */
    private void regroup() {
        if (outline == null) {
            return;
        }
        model = grouped(outline);
        table.setRoot(model.root());
        chart.rowsChanged(model);
        showSelection();
    }

    private void updatePlaceholder() {
        boolean loading = vm.loadingProperty().get();
        progress.setVisible(loading);
        progress.setManaged(loading);
        if (loading) {
            placeholderText.setText(messages.tr("ui.roadmap.placeholder.loading"));
        } else if (vm.sessionProperty().get() == null) {
            placeholderText.setText(messages.tr("ui.roadmap.placeholder.no-roadmap"));
        } else {
            placeholderText.setText(messages.tr("ui.roadmap.placeholder.empty"));
        }
    }

    private void planChanged(EditApplied applied) {
        if (model == null) {
            return;
        }
        int focused = table.getFocusModel().getFocusedIndex();
        boolean hadSelection = !vm.selection().isEmpty();
        boolean structural = outline.apply(applied.change());
        if (model != outline) {
            structural = model.apply(applied.change());
        }
        chart.planChanged(applied.change());
        // WBS codes and predecessor texts of other rows may have changed, and after any edit the engine's
        // slack and critical flags of rows the edit did not touch: repaint the visible rows
        table.refresh();
        if (structural) {
            RoadmapPlan plan = model.plan();
            boolean anyLeft = vm.selection().stream().anyMatch(id -> plan.find(id).isPresent());
            if (hadSelection && !anyLeft && table.getExpandedItemCount() > 0) {
                // the selected rows were deleted: the row that took their place is selected, as in MS Project
                int row = Math.max(0, Math.min(focused, table.getExpandedItemCount() - 1));
                TreeItem<WorkItem> next = table.getTreeItem(row);
                if (next != null && next.getValue() != null) {
                    vm.select(List.of(next.getValue().id()));
                    return;
                }
            }
            showSelection();
        }
    }

    // ---- selection: the tree's and the view model's mirror each other

    private void pushSelection() {
        if (showingSelection || model == null) {
            return;
        }
        List<Integer> rows = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        rows.sort(Integer::compare);
        List<UUID> ids = new ArrayList<>(rows.size());
        for (int row : rows) {
            TreeItem<WorkItem> item = table.getTreeItem(row);
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        pushingSelection = true;
        try {
            vm.select(ids);
            TreeItem<WorkItem> lead = table.getSelectionModel().getSelectedItem();
            if (lead != null && lead.getValue() != null && ids.contains(lead.getValue().id())) {
                vm.selectedItemProperty().set(lead.getValue());
            }
        } finally {
            pushingSelection = false;
        }
    }

    private void showSelection() {
        if (pushingSelection || model == null) {
            return;
        }
        showingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            int first = -1;
            for (UUID id : vm.selection()) {
                TreeItem<WorkItem> row = model.reveal(id);
                int index = row == null ? -1 : table.getRow(row);
                if (index >= 0) {
                    table.getSelectionModel().select(index);
                    first = first < 0 ? index : first;
                }
            }
            if (first >= 0) {
                table.getFocusModel().focus(first);
                scrollIntoView(first);
            }
        } finally {
            showingSelection = false;
        }
    }

    private void scrollIntoView(int row) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var firstShown = flow.getFirstVisibleCell();
            var lastShown = flow.getLastVisibleCell();
            if (firstShown != null && lastShown != null && row > firstShown.getIndex() && row < lastShown.getIndex()) {
                return;
            }
            // a flow that has not laid out its new rows yet has no height: the table's is close enough
            double page = flow.getHeight() > 0 ? flow.getHeight() : table.getHeight();
            if ((row + 1) * RoadmapChart.ROW_HEIGHT <= page) {
                // a row on the first page shows the top: the flow's own estimate for a row it has not laid out
                // yet stops part of a row down (a grouped tree opened with its first lane's header cut)
                flow.scrollTo(0);
            } else {
                // scrolls only as far as needed, unlike TreeTableView.scrollTo, which puts the row on top
                flow.scrollTo(row);
            }
        } else {
            table.scrollTo(row);
        }
    }

    // ---- keys and menu

    private void keyPressed(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        RoadmapKeys key = RoadmapKeys.of(event);
        if (key == null) {
            return;
        }
        event.consume();
        run(key);
    }

    /** Typing on a row starts editing its current cell with what was typed, as in a spreadsheet. */
    private void keyTyped(KeyEvent event) {
        String typed = event.getCharacter();
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || typed.isEmpty()
                || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        if (table.getEditingCell() != null) {
            // a fast typist's next letter can arrive before the new editor has the focus
            TextField editor = cellEditorField();
            if (editor != null) {
                event.consume();
                editor.appendText(typed);
            }
            return;
        }
        if (!currentColumn.isEditable()) {
            return;
        }
        int row = table.getFocusModel().getFocusedIndex();
        if (row < 0 || table.getTreeItem(row) == null) {
            return;
        }
        event.consume();
        // the cell starts editing on its next layout, so it takes the text from the table when it does
        table.getProperties().remove(ItemCell.SINGLE_CLICK);
        table.getProperties().put(ItemCell.TYPED_TEXT, typed);
        table.edit(row, currentColumn);
    }

    private TextField cellEditorField() {
        Node editor = table.lookup(".item-cell-editor");
        return switch (editor) {
            case TextField field -> field;
            case DatePicker picker -> picker.getEditor();
            case null, default -> null;
        };
    }

    private void run(RoadmapKeys key) {
        switch (key) {
            case INSERT_ACTIVITY -> vm.insertItem();
            case INSERT_MILESTONE -> vm.insertMilestone();
            case DELETE -> delete();
            case INDENT -> vm.indentSelected();
            case OUTDENT -> vm.outdentSelected();
            case MOVE_UP -> vm.moveSelectedUp();
            case MOVE_DOWN -> vm.moveSelectedDown();
            case COPY -> vm.copySelected();
            case PASTE -> vm.pasteAfterSelected();
            case UNDO -> vm.undo();
            case REDO -> vm.redo();
            case EDIT -> editCurrentCell();
            case LINK -> vm.linkSelected();
        }
    }

    private void delete() {
        Optional<String> question = vm.deleteConfirmation();
        if (question.isPresent() && !confirmDelete(question.get())) {
            return;
        }
        vm.deleteSelected();
    }

    private boolean confirmDelete(String question) {
        ButtonType delete = new ButtonType(messages.tr("ui.roadmap.delete.confirm-button"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.tr("ui.roadmap.delete.cancel-button"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, delete, keep);
        alert.setTitle(messages.tr("ui.roadmap.delete.confirm-title"));
        alert.setHeaderText(null);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    private void editCurrentCell() {
        int row = table.getFocusModel().getFocusedIndex();
        if (row < 0) {
            row = table.getSelectionModel().getSelectedIndex();
        }
        if (row >= 0) {
            table.getProperties().remove(ItemCell.SINGLE_CLICK);
            table.edit(row, currentColumn);
        }
    }

    @SuppressWarnings("unchecked")
    private void rememberColumn(MouseEvent event) {
        Node node = event.getPickResult().getIntersectedNode();
        while (node != null && node != table && !(node instanceof TreeTableCell<?, ?>)) {
            node = node.getParent();
        }
        if (node instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null) {
            currentColumn = (TreeTableColumn<WorkItem, WorkItem>) cell.getTableColumn();
        }
    }

    private ContextMenu buildContextMenu() {
        MenuItem insertActivity = item(messages.tr("ui.roadmap.action.insert-activity"), RoadmapKeys.INSERT_ACTIVITY);
        MenuItem insertMilestone = item(messages.tr("ui.roadmap.action.insert-milestone"),
                RoadmapKeys.INSERT_MILESTONE);
        MenuItem edit = item(messages.tr("ui.roadmap.action.edit"), RoadmapKeys.EDIT);
        MenuItem indent = item(messages.tr("ui.roadmap.action.indent"), RoadmapKeys.INDENT);
        MenuItem outdent = item(messages.tr("ui.roadmap.action.outdent"), RoadmapKeys.OUTDENT);
        MenuItem moveUp = item(messages.tr("ui.roadmap.action.move-up"), RoadmapKeys.MOVE_UP);
        MenuItem moveDown = item(messages.tr("ui.roadmap.action.move-down"), RoadmapKeys.MOVE_DOWN);
        MenuItem copy = item(messages.tr("ui.roadmap.action.copy"), RoadmapKeys.COPY);
        MenuItem paste = item(messages.tr("ui.roadmap.action.paste"), RoadmapKeys.PASTE);
        MenuItem delete = item(messages.tr("ui.roadmap.action.delete"), RoadmapKeys.DELETE);
        MenuItem undo = item(null, RoadmapKeys.UNDO);
        MenuItem redo = item(null, RoadmapKeys.REDO);
        undo.textProperty().bind(vm.undoTextProperty());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        redo.textProperty().bind(vm.redoTextProperty());
        redo.disableProperty().bind(vm.canRedoProperty().not());

        ContextMenu menu = new ContextMenu(insertActivity, insertMilestone, edit, new SeparatorMenuItem(),
                indent, outdent, moveUp, moveDown, new SeparatorMenuItem(),
                copy, paste, new SeparatorMenuItem(),
                delete, new SeparatorMenuItem(),
                undo, redo);
        List<MenuItem> needRoadmap = List.of(insertActivity, insertMilestone);
        List<MenuItem> needSelection = List.of(edit, indent, outdent, moveUp, moveDown, copy, delete);
        menu.setOnShowing(event -> {
            boolean open = vm.sessionProperty().get() != null;
            boolean selected = open && !vm.selection().isEmpty();
            needRoadmap.forEach(menuItem -> menuItem.setDisable(!open));
            needSelection.forEach(menuItem -> menuItem.setDisable(!selected));
            paste.setDisable(!open || !vm.canPasteProperty().get());
        });
        return menu;
    }

    private MenuItem item(String text, RoadmapKeys action) {
        MenuItem item = new MenuItem(text);
        // shown in the menu only: a standalone context menu does not install its accelerators in the scene
        item.setAccelerator(action.primary());
        item.setOnAction(event -> {
            run(action);
            table.requestFocus();
        });
        return item;
    }
}
