package org.coplan.ui.navigator;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coplan.domain.Programme;
import org.coplan.l10n.Messages;
import org.coplan.service.ProgrammeSummary;
import org.coplan.service.RoadmapSummary;
import org.coplan.ui.common.Icons;
import org.coplan.ui.navigator.NavigatorNode.ProgrammeNode;
import org.coplan.ui.navigator.NavigatorNode.RoadmapNode;
import org.coplan.ui.programme.ProgrammeLabels;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The left side of the window: the two filters above a tree of programmes and their roadmaps, with buttons
 * and a context menu for creating, editing and deleting them. Selecting a roadmap opens it. Binds to
 * {@link NavigatorViewModel}; every action is one call into it.
 */
public final class NavigatorView extends VBox {

    private final NavigatorViewModel model;
    private final Messages messages;
    private final ProgrammeLabels labels;
    private final TreeView<NavigatorNode> tree = new TreeView<>(new TreeItem<>());
    private final Set<UUID> collapsed = new HashSet<>();
    private boolean rebuilding;

    public NavigatorView(NavigatorViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.labels = new ProgrammeLabels(messages);
        getStyleClass().add("navigator");
        setId("navigator");

        Label heading = new Label(messages.tr("ui.navigator.heading"));
        heading.getStyleClass().addAll("pane-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newProgramme = iconButton(MaterialDesignF.FOLDER_PLUS_OUTLINE, messages.tr("ui.navigator.action.new-programme"));
        newProgramme.setId("navigator-new-programme");
        newProgramme.setOnAction(event -> model.newProgramme());
        Button newRoadmap = iconButton(MaterialDesignT.TIMELINE_PLUS_OUTLINE, messages.tr("ui.navigator.action.new-roadmap"));
        newRoadmap.setOnAction(event -> model.newRoadmap());
        newRoadmap.disableProperty().bind(model.somethingSelectedBinding().not());
        Button edit = iconButton(MaterialDesignP.PENCIL_OUTLINE, messages.tr("ui.navigator.action.edit"));
        edit.setOnAction(event -> model.editSelected());
        edit.disableProperty().bind(model.somethingSelectedBinding().not());
        Button delete = iconButton(MaterialDesignT.TRASH_CAN_OUTLINE, messages.tr("ui.navigator.action.delete"));
        delete.setOnAction(event -> model.deleteSelected());
        delete.disableProperty().bind(model.somethingSelectedBinding().not());
        HBox header = new HBox(2, heading, spacer, newProgramme, newRoadmap, edit, delete);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        ComboBox<FilterChoice> states = filter(model.stateChoices(), model.stateFilterProperty(), "navigator-state-filter",
                messages.tr("ui.navigator.filter.state-tooltip"));
        ComboBox<FilterChoice> areas = filter(model.areaChoices(), model.areaFilterProperty(), "navigator-area-filter",
                messages.tr("ui.navigator.filter.area-tooltip"));
        VBox filters = new VBox(6, filterLine(MaterialDesignE.EARTH, states), filterLine(MaterialDesignT.TAG_OUTLINE, areas));
        filters.getStyleClass().add("navigator-filters");

        tree.setShowRoot(false);
        tree.setId("navigator-tree");
        tree.getStyleClass().addAll(Styles.DENSE, "navigator-tree");
        tree.setCellFactory(view -> new NodeCell());
        tree.setContextMenu(contextMenu());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!rebuilding) {
                model.selectedNodeProperty().set(item == null ? null : item.getValue());
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        model.programmes().addListener((ListChangeListener<ProgrammeSummary>) change -> rebuild());
        model.selectedNodeProperty().addListener((observable, before, node) -> showSelection(node));

        ProgressIndicator reading = new ProgressIndicator();
        reading.setMaxSize(24, 24);
        reading.visibleProperty().bind(model.loadingProperty().and(model.loadedProperty().not()));
        StackPane.setAlignment(reading, Pos.TOP_CENTER);
        StackPane.setMargin(reading, new Insets(32, 0, 0, 0));
        StackPane treeArea = new StackPane(tree, placeholder(), reading);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        getChildren().setAll(header, filters, treeArea);
        rebuild();
    }

    private Region placeholder() {
        Label empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(model.filteredBinding())
                .then(messages.tr("ui.navigator.empty.filtered"))
                .otherwise(messages.tr("ui.navigator.empty.none")));
        Hyperlink action = new Hyperlink();
        action.textProperty().bind(Bindings.when(model.filteredBinding())
                .then(messages.tr("ui.navigator.filter.clear"))
                .otherwise(messages.tr("ui.navigator.action.new-programme")));
        action.setOnAction(event -> {
            if (model.filteredBinding().get()) {
                model.clearFilters();
            } else {
                model.newProgramme();
            }
        });
        VBox box = new VBox(4, empty, action);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("navigator-placeholder");
        box.setPickOnBounds(false);
        box.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.programmes())));
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        return box;
    }

    private ComboBox<FilterChoice> filter(ObservableList<FilterChoice> choices,
                                          ObjectProperty<FilterChoice> value, String id,
                                          String tooltip) {
        ComboBox<FilterChoice> box = new ComboBox<>(choices);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(Icons.tooltip(tooltip));
        box.setVisibleRowCount(14);
        return box;
    }

    private static HBox filterLine(Ikon ikon, ComboBox<FilterChoice> box) {
        var icon = Icons.of(ikon);
        icon.getStyleClass().add("filter-icon");
        HBox line = new HBox(8, icon, box);
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        return line;
    }

    private static Button iconButton(Ikon ikon, String tooltip) {
        Button button = new Button(null, Icons.of(ikon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(Icons.tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    private ContextMenu contextMenu() {
        MenuItem newProgramme = menuItem(messages.tr("ui.navigator.action.new-programme-dots"), MaterialDesignF.FOLDER_PLUS_OUTLINE);
        newProgramme.setOnAction(event -> model.newProgramme());
        MenuItem newRoadmap = menuItem(messages.tr("ui.navigator.action.new-roadmap-dots"), MaterialDesignT.TIMELINE_PLUS_OUTLINE);
        newRoadmap.setOnAction(event -> model.newRoadmap());
        newRoadmap.disableProperty().bind(model.somethingSelectedBinding().not());
        MenuItem edit = menuItem(messages.tr("ui.navigator.action.edit-dots"), MaterialDesignP.PENCIL_OUTLINE);
        edit.setOnAction(event -> model.editSelected());
        edit.disableProperty().bind(model.somethingSelectedBinding().not());
        MenuItem delete = menuItem(messages.tr("ui.navigator.action.delete-dots"), MaterialDesignT.TRASH_CAN_OUTLINE);
        delete.setOnAction(event -> model.deleteSelected());
        delete.disableProperty().bind(model.somethingSelectedBinding().not());
        return new ContextMenu(newProgramme, newRoadmap, new SeparatorMenuItem(), edit, delete);
    }

    private static MenuItem menuItem(String text, Ikon ikon) {
        return new MenuItem(text, Icons.of(ikon));
    }

    private void keyPressed(KeyEvent event) {
        if (event.getCode() == KeyCode.DELETE && model.selectedNodeProperty().get() != null) {
            model.deleteSelected();
            event.consume();
        } else if (event.getCode() == KeyCode.F2 && model.selectedNodeProperty().get() != null) {
            model.editSelected();
            event.consume();
        }
    }

    /** Rebuilds the tree from the shown programmes, keeping which programmes the user collapsed. */
    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<NavigatorNode> root = tree.getRoot();
            for (TreeItem<NavigatorNode> item : root.getChildren()) {
                if (item.getValue() != null) {
                    UUID id = item.getValue().id();
                    if (item.isExpanded()) {
                        collapsed.remove(id);
                    } else {
                        collapsed.add(id);
                    }
                }
            }
            root.getChildren().clear();
            for (ProgrammeSummary summary : model.programmes()) {
                TreeItem<NavigatorNode> programme = new TreeItem<>(new ProgrammeNode(summary));
                for (RoadmapSummary roadmap : summary.roadmaps()) {
                    programme.getChildren().add(new TreeItem<>(new RoadmapNode(summary, roadmap)));
                }
                programme.setExpanded(!collapsed.contains(summary.programme().id()));
                root.getChildren().add(programme);
            }
            showSelection(model.selectedNodeProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private void showSelection(NavigatorNode node) {
        TreeItem<NavigatorNode> item = node == null ? null : find(node.id());
        if (item == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        boolean wasRebuilding = rebuilding;
        rebuilding = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                if (item.getParent() != null && item.getParent() != tree.getRoot()) {
                    item.getParent().setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            }
        } finally {
            rebuilding = wasRebuilding;
        }
    }

    private TreeItem<NavigatorNode> find(UUID id) {
        for (TreeItem<NavigatorNode> programme : tree.getRoot().getChildren()) {
            if (programme.getValue().id().equals(id)) {
                return programme;
            }
            for (TreeItem<NavigatorNode> roadmap : programme.getChildren()) {
                if (roadmap.getValue().id().equals(id)) {
                    return roadmap;
                }
            }
        }
        return null;
    }

    /** A programme as title over "kind · status", a roadmap as name with its item count on the right. */
    private final class NodeCell extends TreeCell<NavigatorNode> {

        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox programmeBox = new VBox(1, title, details);
        private final HBox programmeGraphic;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox roadmapGraphic;

        NodeCell() {
            title.getStyleClass().add("programme-title");
            title.setTextOverrun(OverrunStyle.ELLIPSIS);
            details.getStyleClass().addAll("programme-details", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            var programmeIcon = Icons.of(MaterialDesignF.FOLDER_TEXT_OUTLINE);
            programmeIcon.getStyleClass().add("programme-icon");
            programmeGraphic = new HBox(8, programmeIcon, programmeBox);
            programmeGraphic.setAlignment(Pos.CENTER_LEFT);
            programmeBox.setMinWidth(0);
            HBox.setHgrow(programmeBox, Priority.ALWAYS);

            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            count.getStyleClass().addAll("item-count", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            count.setMinWidth(Region.USE_PREF_SIZE);
            var roadmapIcon = Icons.of(MaterialDesignC.CHART_GANTT);
            roadmapIcon.getStyleClass().add("roadmap-icon");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            roadmapGraphic = new HBox(8, roadmapIcon, name, gap, count);
            roadmapGraphic.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                        && getItem() instanceof ProgrammeNode) {
                    // a double click on a programme edits it; on a roadmap it just opens the roadmap
                    model.editSelected();
                    event.consume();
                }
            });
            // the cell is as wide as the tree, so long titles end in an ellipsis instead of a scroll bar
            prefWidthProperty().set(0);
        }

        @Override
        protected void updateItem(NavigatorNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("programme-cell", "roadmap-cell");
            switch (empty ? null : node) {
                case null -> {
                    setGraphic(null);
                    setTooltip(null);
                }
                case ProgrammeNode programme -> {
                    Programme value = programme.programme().programme();
                    title.setText(value.title());
                    details.setText(messages.tr("ui.navigator.programme.details", labels.kind(value.kind()),
                            labels.status(value.status()), String.valueOf(value.period().start().getYear()),
                            String.valueOf(value.period().finish().getYear())));
                    setTooltip(Icons.tooltip(value.title()));
                    getStyleClass().add("programme-cell");
                    setGraphic(programmeGraphic);
                }
                case RoadmapNode roadmap -> {
                    name.setText(roadmap.roadmap().roadmap().name());
                    count.setText(model.itemCount(roadmap.roadmap()));
                    setTooltip(Icons.tooltip(model.itemCountTooltip(roadmap.roadmap())));
                    getStyleClass().add("roadmap-cell");
                    setGraphic(roadmapGraphic);
                }
            }
        }
    }
}
