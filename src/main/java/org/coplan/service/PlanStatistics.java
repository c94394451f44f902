package org.coplan.service;

import org.coplan.service.port.PlanDatabase;

/** Reads the plan's counts in one transaction. */
public final class PlanStatistics {

    private final PlanDatabase database;

    public PlanStatistics(PlanDatabase database) {
        this.database = database;
    }

    public PlanCounts counts() {
        return database.read(PlanCounts::read);
    }
}
