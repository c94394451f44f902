package org.coplan.ui.roadmap;

import java.util.function.BiConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;

/**
 * The name cell: the name after a small glyph for the kind (a summary bracket for a phase, a bar for an
 * activity, a diamond for a milestone). The glyph is one region per cell, shaped by the style sheet.
 *
 * <p>Pseudo-classes of the glyph ({@code .kind-glyph}): {@code :phase}, {@code :activity}, {@code :milestone}.
 */
final class NameItemCell extends TextItemCell {

    private static final PseudoClass PHASE = PseudoClass.getPseudoClass("phase");
    private static final PseudoClass ACTIVITY = PseudoClass.getPseudoClass("activity");
    private static final PseudoClass MILESTONE = PseudoClass.getPseudoClass("milestone");

    private final Region glyph = new Region();

    NameItemCell(BiConsumer<WorkItem, String> commit) {
        super(WorkItem::name, WorkItem::name, commit);
        glyph.getStyleClass().add("kind-glyph");
        getStyleClass().add("name-cell");
    }

    /** A swimlane's header row has no item: the cell shows the lane's label instead. */
    @Override
    protected void updateItem(WorkItem item, boolean empty) {
        super.updateItem(item, empty);
        if (!empty && item == null && getTableRow() != null
                && getTableRow().getTreeItem() instanceof GroupTreeItem group) {
            setText(group.label());
        }
    }

    @Override
    Node decoration(WorkItem item) {
        glyph.pseudoClassStateChanged(PHASE, item.kind() == WorkItemKind.PHASE);
        glyph.pseudoClassStateChanged(ACTIVITY, item.kind() == WorkItemKind.ACTIVITY);
        glyph.pseudoClassStateChanged(MILESTONE, item.kind() == WorkItemKind.MILESTONE);
        return glyph;
    }
}
