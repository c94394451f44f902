package org.coplan.ui.roadmap;

import java.util.UUID;
import javafx.scene.control.TreeItem;
import org.coplan.domain.RoadmapPlan;
import org.coplan.domain.WorkItem;
import org.coplan.service.edit.Edit;

/**
 * The rows of the roadmap tree, which the Gantt chart shares: the outline ({@link PlanTreeModel}) or the
 * swimlanes of a grouping ({@link GroupedTreeModel}).
 */
interface TreeRows {

    /** The hidden root whose children are the top rows. */
    TreeItem<WorkItem> root();

    RoadmapPlan plan();

    /** The row of an item if it has been made, else null. */
    TreeItem<WorkItem> existingRow(UUID id);

    /** The row of an item, opening what holds it so that it is shown; null when it is not in the plan. */
    TreeItem<WorkItem> reveal(UUID id);

    /** Brings the rows in step with an edit the plan already mirrors; true when rows were added, removed or moved. */
    boolean apply(Edit edit);
}
