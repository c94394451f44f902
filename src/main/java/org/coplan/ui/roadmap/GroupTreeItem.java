package org.coplan.ui.roadmap;

import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.coplan.domain.WorkItem;

/**
 * The header row of a swimlane: it has no work item (its value is null) but a label, and the items of the
 * group as its children. The Gantt chart draws it as a lane header.
 */
final class GroupTreeItem extends TreeItem<WorkItem> {

    private final UUID key;
    private String label = "";

    /** @param key the lead state or priority area of the group; null for the items without one */
    GroupTreeItem(UUID key) {
        this.key = key;
        setExpanded(true);
    }

    UUID key() {
        return key;
    }

    String label() {
        return label;
    }

    void setLabel(String value) {
        label = value;
    }
}
