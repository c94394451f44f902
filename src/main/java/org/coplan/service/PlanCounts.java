package org.coplan.service;

import org.coplan.service.port.PlanStore;

/** How big the plan database is: for the {@code info} command and the status bar. */
public record PlanCounts(long programmes, long roadmaps, long items, long dependencies, long milestones,
                         long states, long organizations) {

    /** Counts inside the caller's transaction, so that the numbers agree with one another. */
    public static PlanCounts read(PlanStore store) {
        return new PlanCounts(store.programmes().count(), store.roadmaps().count(), store.workItems().count(),
                store.dependencies().count(), store.workItems().countMilestones(), store.states().count(),
                store.organizations().count());
    }
}
