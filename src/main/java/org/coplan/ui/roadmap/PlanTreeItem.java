package org.coplan.ui.roadmap;

import java.util.UUID;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.coplan.domain.WorkItem;

/**
 * A row of the roadmap tree whose children are made only when they are first needed (the row is
 * expanded, or a row inside it is revealed), so a roadmap of 100,000 items costs only the rows a planner
 * has opened. Whether it has children is asked of the plan, which knows without making them.
 */
final class PlanTreeItem extends TreeItem<WorkItem> {

    private final PlanTreeModel model;
    private final UUID scope;
    private boolean loaded;

    /** A row for {@code item}. */
    PlanTreeItem(PlanTreeModel model, WorkItem item) {
        super(item);
        this.model = model;
        this.scope = item.id();
    }

    /** The hidden root: its children are the roadmap's top-level items. */
    PlanTreeItem(PlanTreeModel model, UUID roadmapId) {
        super(null);
        this.model = model;
        this.scope = roadmapId;
    }

    /** The item id, or the roadmap id for the root: what {@code plan.children} groups by. */
    UUID scope() {
        return scope;
    }

    boolean isLoaded() {
        return loaded;
    }

    @Override
    public boolean isLeaf() {
        if (model == null) {
            return true;
        }
        return loaded ? super.getChildren().isEmpty() : !model.hasChildren(this);
    }

    @Override
    public ObservableList<TreeItem<WorkItem>> getChildren() {
        // the fields are null while TreeItem's own constructor runs
        if (!loaded && model != null) {
            loaded = true;
            super.getChildren().setAll(model.childrenOf(this));
        }
        return super.getChildren();
    }
}
