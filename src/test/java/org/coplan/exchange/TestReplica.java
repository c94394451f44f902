package org.coplan.exchange;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.service.ChangeAuthor;

/** An in-memory replica for exchange tests: a database of its own, export and import in one call each. */
final class TestReplica implements AutoCloseable {

    final H2PlanDatabase database;

    TestReplica(String user) {
        database = H2PlanDatabase.openInMemory("replica-" + UUID.randomUUID(), ChangeAuthor.newReplica(user));
    }

    byte[] export(boolean full) {
        return new PackageExport(database, java.time.Clock.systemUTC()).bytes(full);
    }

    ImportReport importPackage(byte[] bytes) {
        return new PackageImport(database, Ids::newId).apply(PackageReader.read(bytes, "test.coplan"), false);
    }

    List<String> dump() {
        return CanonicalDump.lines(database);
    }

    @Override
    public void close() {
        database.close();
    }
}
