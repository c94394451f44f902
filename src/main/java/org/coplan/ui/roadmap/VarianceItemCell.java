package org.coplan.ui.roadmap;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.coplan.domain.WorkItem;
import org.coplan.service.baseline.ItemVariance;

/**
 * A read-only start or finish variance: "+3d", "−2d", "0d", or nothing when the row has no baseline.
 *
 * <p>Pseudo-classes: {@code :late} (positive), {@code :early} (negative).
 */
final class VarianceItemCell extends ItemCell {

    static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
    static final PseudoClass EARLY = PseudoClass.getPseudoClass("early");

    private final Function<WorkItem, Optional<ItemVariance>> variance;
    private final ToIntFunction<ItemVariance> days;

    VarianceItemCell(ComparedBaseline baseline, ToIntFunction<ItemVariance> days) {
        super(item -> baseline.variance(item).map(found -> baseline.days(days.applyAsInt(found))).orElse(""));
        this.variance = baseline::variance;
        this.days = days;
        setEditable(false);
    }

    @Override
    protected void updateItem(WorkItem item, boolean empty) {
        super.updateItem(item, empty);
        int shown = empty || item == null ? 0 : variance.apply(item).map(days::applyAsInt).orElse(0);
        pseudoClassStateChanged(LATE, shown > 0);
        pseudoClassStateChanged(EARLY, shown < 0);
    }

    @Override
    Node createEditor(WorkItem item) {
        return null;
    }
}
