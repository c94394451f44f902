package org.coplan.ui.main;

import atlantafx.base.theme.Styles;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import org.coplan.gantt.GanttChart;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.Icons;
import org.coplan.ui.navigator.NavigatorViewModel;
import org.coplan.ui.roadmap.BarColouring;
import org.coplan.ui.roadmap.RoadmapEditorViewModel;
import org.coplan.ui.roadmap.RowGrouping;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The main window's commands as a menu bar and a toolbar. Each command is one {@link WindowAction}, so a
 * menu item and its toolbar button always agree on text, shortcut and whether they are enabled.
 */
final class MainMenus {

    private final MenuBar menuBar;
    private final ToolBar toolBar;

    MainMenus(MainWindowViewModel model, Messages messages, Runnable exit, Runnable showShortcuts,
              Runnable showAbout, Runnable showBaselines, Runnable showBackups, Runnable showMilestoneReport,
              Runnable showConflicts, Runnable showImport,
              GanttChart chart) {
        NavigatorViewModel navigator = model.navigator();
        RoadmapEditorViewModel editor = model.roadmapEditor();
        BooleanBinding noRoadmap = editor.sessionProperty().isNull();
        BooleanBinding noRows = noRoadmap.or(Bindings.isEmpty(editor.selection()));
        BooleanBinding nothingInNavigator = navigator.somethingSelectedBinding().not();

        WindowAction newProgramme = new WindowAction(text(messages.tr("ui.main.menu.new-programme")),
                MaterialDesignF.FOLDER_PLUS_OUTLINE, null, null, navigator::newProgramme);
        WindowAction newRoadmap = new WindowAction(text(messages.tr("ui.main.menu.new-roadmap")),
                MaterialDesignT.TIMELINE_PLUS_OUTLINE, null, nothingInNavigator, navigator::newRoadmap);
        WindowAction editProgramme = new WindowAction(text(messages.tr("ui.main.menu.edit-programme")),
                MaterialDesignP.PENCIL_OUTLINE, null, nothingInNavigator, navigator::editProgramme);
        WindowAction editRoadmap = new WindowAction(text(messages.tr("ui.main.menu.edit-roadmap")), null, null,
                navigator.roadmapSelectedBinding().not(), navigator::editRoadmap);
        WindowAction deleteInNavigator = new WindowAction(text(messages.tr("ui.main.menu.delete-navigator")),
                MaterialDesignT.TRASH_CAN_OUTLINE, null, nothingInNavigator, navigator::deleteSelected);
        WindowAction backups = new WindowAction(text(messages.tr("ui.main.menu.backups")),
                MaterialDesignB.BACKUP_RESTORE, null, null, showBackups);
        WindowAction milestoneReport = new WindowAction(text(messages.tr("ui.main.menu.milestone-report")),
                MaterialDesignP.PRINTER_OUTLINE, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), null,
                showMilestoneReport);
        WindowAction importPlan = new WindowAction(text(messages.tr("ui.main.menu.import")),
                MaterialDesignF.FILE_IMPORT_OUTLINE, new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                null, showImport);
        WindowAction exitAction = new WindowAction(text(messages.tr("ui.main.menu.exit")),
                MaterialDesignE.EXIT_TO_APP, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), null,
                exit);

        WindowAction undo = new WindowAction(editor.undoTextProperty(), MaterialDesignU.UNDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), editor.canUndoProperty().not(),
                editor::undo);
        WindowAction redo = new WindowAction(editor.redoTextProperty(), MaterialDesignR.REDO,
                new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editor.canRedoProperty().not(),
                editor::redo);
        WindowAction copy = new WindowAction(text(messages.tr("ui.main.menu.copy")), MaterialDesignC.CONTENT_COPY,
                new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), noRows, editor::copySelected);
        WindowAction paste = new WindowAction(text(messages.tr("ui.main.menu.paste")), MaterialDesignC.CONTENT_PASTE,
                new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN),
                noRoadmap.or(editor.canPasteProperty().not()), editor::pasteAfterSelected);
        WindowAction insertItem = new WindowAction(text(messages.tr("ui.main.menu.insert-item")),
                MaterialDesignT.TABLE_ROW_PLUS_BEFORE, new KeyCodeCombination(KeyCode.INSERT), noRoadmap,
                editor::insertItem);
        WindowAction insertMilestone = new WindowAction(text(messages.tr("ui.main.menu.insert-milestone")),
                MaterialDesignR.RHOMBUS_OUTLINE,
                new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), noRoadmap,
                editor::insertMilestone);
        WindowAction deleteItems = new WindowAction(text(messages.tr("ui.main.menu.delete-items")),
                MaterialDesignD.DELETE_OUTLINE, new KeyCodeCombination(KeyCode.DELETE), noRows, model::deleteItems);
        WindowAction indent = new WindowAction(text(messages.tr("ui.main.menu.indent")),
                MaterialDesignF.FORMAT_INDENT_INCREASE, altShift(KeyCode.RIGHT), noRows, editor::indentSelected);
        WindowAction outdent = new WindowAction(text(messages.tr("ui.main.menu.outdent")),
                MaterialDesignF.FORMAT_INDENT_DECREASE, altShift(KeyCode.LEFT), noRows, editor::outdentSelected);
        WindowAction moveUp = new WindowAction(text(messages.tr("ui.main.menu.move-up")), MaterialDesignA.ARROW_UP,
                altShift(KeyCode.UP), noRows, editor::moveSelectedUp);
        WindowAction moveDown = new WindowAction(text(messages.tr("ui.main.menu.move-down")),
                MaterialDesignA.ARROW_DOWN, altShift(KeyCode.DOWN), noRows, editor::moveSelectedDown);

        WindowAction baselines = new WindowAction(text(messages.tr("ui.main.menu.baselines")),
                MaterialDesignC.CALENDAR_CHECK_OUTLINE, null, noRoadmap, showBaselines);

        WindowAction conflicts = new WindowAction(text(messages.tr("ui.main.menu.conflicts")),
                MaterialDesignS.SOURCE_MERGE, null, null, showConflicts);
        // Ctrl+= rather than Ctrl+Plus: on most layouts Plus needs Shift, and the chart's own key handler
        // already takes Ctrl+= / Ctrl+Minus when it has the focus, so the two never zoom twice
        WindowAction zoomIn = new WindowAction(text(messages.tr("ui.main.menu.zoom-in")),
                MaterialDesignM.MAGNIFY_PLUS_OUTLINE, shortcut(KeyCode.EQUALS),
                noRoadmap.or(chart.canZoomInProperty().not()), chart::zoomIn);
        WindowAction zoomOut = new WindowAction(text(messages.tr("ui.main.menu.zoom-out")),
                MaterialDesignM.MAGNIFY_MINUS_OUTLINE, shortcut(KeyCode.MINUS),
                noRoadmap.or(chart.canZoomOutProperty().not()), chart::zoomOut);
        WindowAction fitRoadmap = new WindowAction(text(messages.tr("ui.main.menu.fit-roadmap")),
                MaterialDesignF.FIT_TO_SCREEN_OUTLINE,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), noRoadmap,
                chart::fitAll);

        WindowAction shortcuts = new WindowAction(text(messages.tr("ui.main.menu.shortcuts")),
                MaterialDesignK.KEYBOARD_OUTLINE, new KeyCodeCombination(KeyCode.F1), null, showShortcuts);
        WindowAction about = new WindowAction(text(messages.tr("ui.main.menu.about")),
                MaterialDesignI.INFORMATION_OUTLINE, null, null, showAbout);

        Menu file = new Menu(messages.tr("ui.main.menu.file"));
        file.getItems().setAll(newProgramme.menuItem(), newRoadmap.menuItem(), new SeparatorMenuItem(),
                editProgramme.menuItem(), editRoadmap.menuItem(), deleteInNavigator.menuItem(),
                new SeparatorMenuItem(), importPlan.menuItem(), milestoneReport.menuItem(), new SeparatorMenuItem(),
                backups.menuItem(),
                new SeparatorMenuItem(), exitAction.menuItem());
        Menu edit = new Menu(messages.tr("ui.main.menu.edit"));
        edit.getItems().setAll(undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(), copy.menuItem(),
                paste.menuItem(), new SeparatorMenuItem(), insertItem.menuItem(), insertMilestone.menuItem(),
                deleteItems.menuItem(), new SeparatorMenuItem(), indent.menuItem(), outdent.menuItem(),
                moveUp.menuItem(), moveDown.menuItem());
        Menu project = new Menu(messages.tr("ui.main.menu.project"));
        project.getItems().setAll(baselines.menuItem(), conflicts.menuItem());
        // the Gantt chart's view toggles: a check item in the View menu and a toggle button share one property
        BooleanBinding noBaseline = noRoadmap.or(editor.comparedBaseline().baselineProperty().isNull());
        CheckMenuItem criticalItem = checkItem(messages.tr("ui.main.menu.show-critical"),
                MaterialDesignT.TIMELINE_ALERT_OUTLINE, editor.showCriticalProperty(), noRoadmap);
        CheckMenuItem baselineItem = checkItem(messages.tr("ui.main.menu.show-baseline"),
                MaterialDesignC.CALENDAR_RANGE_OUTLINE, editor.showBaselineProperty(), noBaseline);
        ToggleButton criticalButton = toggle(messages.tr("ui.main.menu.show-critical"),
                MaterialDesignT.TIMELINE_ALERT_OUTLINE, editor.showCriticalProperty(), noRoadmap);
        criticalButton.setId("toggle-critical");
        ToggleButton baselineButton = toggle(messages.tr("ui.main.menu.show-baseline"),
                MaterialDesignC.CALENDAR_RANGE_OUTLINE, editor.showBaselineProperty(), noBaseline);
        baselineButton.setId("toggle-baseline");
        CheckMenuItem slackItem = checkItem(messages.tr("ui.main.menu.show-slack"),
                MaterialDesignA.ARROW_EXPAND_RIGHT, editor.showSlackProperty(), noRoadmap);
        ToggleButton slackButton = toggle(messages.tr("ui.main.menu.show-slack"),
                MaterialDesignA.ARROW_EXPAND_RIGHT, editor.showSlackProperty(), noRoadmap);
        slackButton.setId("toggle-slack");
        Map<RowGrouping, String> groupings = new EnumMap<>(Map.of(
                RowGrouping.WBS, messages.tr("ui.main.menu.group-wbs"),
                RowGrouping.LEAD_STATE, messages.tr("ui.main.menu.group-state"),
                RowGrouping.PRIORITY_AREA, messages.tr("ui.main.menu.group-area")));
        Map<BarColouring, String> colourings = new EnumMap<>(Map.of(
                BarColouring.KIND, messages.tr("ui.main.menu.colour-kind"),
                BarColouring.LEAD_STATE, messages.tr("ui.main.menu.colour-state"),
                BarColouring.PRIORITY_AREA, messages.tr("ui.main.menu.colour-area")));
        Menu groupBy = ChoiceMenus.menu(messages.tr("ui.main.menu.group-by"), groupings, editor.groupingProperty(),
                noRoadmap);
        Menu colourBy = ChoiceMenus.menu(messages.tr("ui.main.menu.colour-by"), colourings,
                editor.colouringProperty(), noRoadmap);
        ComboBox<RowGrouping> groupChoice = ChoiceMenus.comboBox(messages.tr("ui.main.menu.group-by"), groupings,
                editor.groupingProperty(), noRoadmap, label -> messages.tr("ui.main.toolbar.group-value", label));
        groupChoice.setId("group-by");
        ComboBox<BarColouring> colourChoice = ChoiceMenus.comboBox(messages.tr("ui.main.menu.colour-by"),
                colourings, editor.colouringProperty(), noRoadmap,
                label -> messages.tr("ui.main.toolbar.colour-value", label));
        colourChoice.setId("colour-by");
        Menu view = new Menu(messages.tr("ui.main.menu.view"));
        view.getItems().setAll(criticalItem, baselineItem, slackItem, new SeparatorMenuItem(), groupBy, colourBy,
                new SeparatorMenuItem(), zoomIn.menuItem(), zoomOut.menuItem(), fitRoadmap.menuItem());
        Menu help = new Menu(messages.tr("ui.main.menu.help"));
        help.getItems().setAll(shortcuts.menuItem(), new SeparatorMenuItem(), about.menuItem());
        menuBar = new MenuBar(file, edit, view, project, help);
        menuBar.setId("main-menu");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolBar = new ToolBar();
        toolBar.setId("main-toolbar");
        toolBar.getStyleClass().add("main-toolbar");
        toolBar.getItems().setAll(buttons(newProgramme, newRoadmap));
        toolBar.getItems().add(separator());
        toolBar.getItems().addAll(buttons(undo, redo));
        toolBar.getItems().add(separator());
        toolBar.getItems().addAll(buttons(insertItem, insertMilestone, deleteItems));
        toolBar.getItems().add(separator());
        toolBar.getItems().addAll(buttons(outdent, indent, moveUp, moveDown));
        toolBar.getItems().add(separator());
        toolBar.getItems().addAll(buttons(copy, paste));
        toolBar.getItems().add(separator());
        toolBar.getItems().addAll(criticalButton, baselineButton, slackButton, groupChoice, colourChoice);
        toolBar.getItems().add(separator());
        List<Node> zoomButtons = buttons(zoomIn, zoomOut, fitRoadmap);
        zoomButtons.get(0).setId("zoom-in");
        zoomButtons.get(1).setId("zoom-out");
        zoomButtons.get(2).setId("fit-roadmap");
        toolBar.getItems().addAll(zoomButtons);
        toolBar.getItems().add(spacer);
        toolBar.getItems().addAll(buttons(shortcuts));
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    private static List<Node> buttons(WindowAction... actions) {
        return Arrays.stream(actions).<Node>map(WindowAction::button).toList();
    }

    private static CheckMenuItem checkItem(String text, Ikon icon, BooleanProperty shown, BooleanBinding disabled) {
        CheckMenuItem item = new CheckMenuItem(text, Icons.of(icon));
        item.selectedProperty().bindBidirectional(shown);
        item.disableProperty().bind(disabled);
        return item;
    }

    /** An icon-only toggle button, like the toolbar's other buttons, whose tooltip gives the text. */
    private static ToggleButton toggle(String text, Ikon icon, BooleanProperty shown, BooleanBinding disabled) {
        ToggleButton button = new ToggleButton(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(Icons.tooltip(text));
        button.setAccessibleText(text);
        button.selectedProperty().bindBidirectional(shown);
        button.disableProperty().bind(disabled);
        button.setFocusTraversable(false);
        return button;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination altShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static ObservableStringValue text(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }
}
