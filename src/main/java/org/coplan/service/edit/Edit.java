package org.coplan.service.edit;

import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.port.PlanStore;

/**
 * One undoable change of the plan. An edit carries exactly the rows it changes (before and after), knows its
 * inverse, and is applied twice: to the database inside one transaction, then, once committed, to the
 * in-memory {@link RoadmapPlan} an editor shows. Undo applies the inverse the same way: no snapshots.
 */
public sealed interface Edit permits CompositeEdit, WorkItemEdit, DependencyEdit, ProgrammeEdit, RoadmapEdit,
        ReferenceEdit, BaselineEdit {

    void applyTo(PlanStore store);

    /** Mirrors the change in memory; parts that concern another roadmap are ignored. */
    void applyTo(RoadmapPlan plan);

    Edit inverse();

    /** What the user did, for "Undo …" menu items and the status bar. */
    Problem label();
}
