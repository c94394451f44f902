package org.coplan.ui.roadmap;

import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableRow;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;

/**
 * A row of the roadmap tree, marked with its item's kind so the style sheet can set phases in bold.
 *
 * <p>Pseudo-classes: {@code :phase}, {@code :milestone}, and {@code :group} on a swimlane's header row.
 */
final class ItemRow extends TreeTableRow<WorkItem> {

    static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");
    static final PseudoClass MILESTONE = PseudoClass.getPseudoClass("milestone");
    static final PseudoClass GROUP = PseudoClass.getPseudoClass("group");

    @Override
    protected void updateItem(WorkItem item, boolean empty) {
        super.updateItem(item, empty);
        WorkItemKind kind = empty || item == null ? null : item.kind();
        pseudoClassStateChanged(PHASE, kind == WorkItemKind.PHASE);
        pseudoClassStateChanged(MILESTONE, kind == WorkItemKind.MILESTONE);
        pseudoClassStateChanged(GROUP, !empty && getTreeItem() instanceof GroupTreeItem);
    }
}
