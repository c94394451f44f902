package org.coplan.service.port;

import java.util.function.Function;

/**
 * A plan database that is a replica (ADR 0008): it can hand out and take in changes. Each call is one
 * transaction, as with {@link PlanDatabase}; an exception rolls the whole call back.
 */
public interface SyncDatabase {

    <T> T readSync(Function<SyncStore, T> work);

    <T> T writeSync(Function<SyncStore, T> work);
}
