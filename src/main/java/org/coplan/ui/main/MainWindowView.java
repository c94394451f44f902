package org.coplan.ui.main;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.coplan.l10n.Messages;
import org.coplan.ui.common.StatusMessage;
import org.coplan.ui.navigator.NavigatorView;
import org.coplan.ui.roadmap.RoadmapEditorView;

/**
 * The main window's content: menu bar and toolbar on top, the navigator on the left, the roadmap editor and
 * the property sheet side by side in the centre, the status bar at the bottom. The child views are made by
 * the application and handed in; this class only arranges them and binds the frame to
 * {@link MainWindowViewModel}.
 */
public final class MainWindowView extends BorderPane {

    private final SplitPane outer;
    private final SplitPane inner;
    private final MainMenus menus;

    /**
     * @param commands what the Exit, keyboard-shortcut and About commands do (they need the stage)
     */
    public MainWindowView(MainWindowViewModel model, Messages messages, NavigatorView navigator, RoadmapEditorView roadmapEditor,
                          Node properties, ObservableValue<StatusMessage> status, WindowState state,
                          WindowCommands commands) {
        getStyleClass().add("main-window");
        menus = new MainMenus(model, messages, commands::exit, () -> commands.showShortcuts(menuBar()),
                commands::showAbout, commands::showBaselines, commands::showBackups, commands::showMilestoneReport,
                commands::showConflicts, commands::showImport,
                roadmapEditor.ganttChart());
        setTop(new VBox(menus.menuBar(), menus.toolBar()));

        inner = new SplitPane(roadmapEditor, properties);
        inner.setOrientation(Orientation.HORIZONTAL);
        inner.getStyleClass().add("editor-split");
        SplitPane.setResizableWithParent(properties, false);
        outer = new SplitPane(navigator, inner);
        outer.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(navigator, false);
        outer.setDividerPositions(state.navigatorDivider());
        inner.setDividerPositions(state.propertiesDivider());
        setCenter(outer);

        StatusBar statusBar = new StatusBar(status, model.countsTextProperty(), model.databaseTextProperty());
        statusBar.addHint(commands.conflictsHint(), commands::showConflicts);
        setBottom(statusBar);
    }

    public MenuBar menuBar() {
        return menus.menuBar();
    }

    /** Where the divider between navigator and editor is, 0 to 1. */
    public double navigatorDivider() {
        return outer.getDividers().getFirst().getPosition();
    }

    /** Where the divider between the roadmap editor and the property sheet is, 0 to 1 of the centre. */
    public double propertiesDivider() {
        return inner.getDividers().getFirst().getPosition();
    }

    /** The window-level commands the menus trigger but the view cannot carry out itself. */
    public interface WindowCommands {

        void exit();

        void showShortcuts(MenuBar menus);

        void showAbout();

        /** Project ▸ Baselines… for the open roadmap. */
        void showBaselines();

        void showBackups();

        /** File ▸ Milestone report…: preview, print and save the milestone summary. */
        void showMilestoneReport();

        /** Project ▸ Conflicts…: the open sync conflicts. */
        void showConflicts();

        /** "2 open conflicts" for the status bar, a link to the Conflicts view; empty when there are none. */
        ObservableStringValue conflictsHint();

        /** File ▸ Import…: a plan file from MS Project, GanttProject, Planner or CSV. */
        void showImport();
    }
}
