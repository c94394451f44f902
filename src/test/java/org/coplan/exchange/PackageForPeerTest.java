package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import org.coplan.domain.WorkItem;
import org.coplan.service.sync.Change;
import org.junit.jupiter.api.Test;

/** {@code package export --for REPLICA}: what that one peer has not acknowledged, whatever the others have. */
class PackageForPeerTest {

    private static void rename(TestReplica replica, UUID itemId, String name) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(itemId).orElseThrow();
            store.workItems().update(item, item.withName(name));
        });
    }

    private static UUID id(TestReplica replica) {
        return replica.database.readSync(store -> store.localReplica().id());
    }

    @Test
    void aPackageForOnePeerLeavesOutWhatThatPeerAcknowledgedAndOnlyThat() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris");
             TestReplica chingiz = new TestReplica("chingiz")) {
            UUID item = SmallPlan.store(anna.database, 3).getFirst().id();
            byte[] base = anna.export(true);
            boris.importPackage(base);
            chingiz.importPackage(base);
            anna.importPackage(boris.export(false));
            rename(anna, item, "Only new to Boris");
            PackageExport export = new PackageExport(anna.database, Clock.systemUTC());

            PlanPackage forBoris = export.cutFor(id(boris));
            PlanPackage forChingiz = export.cutFor(id(chingiz));
            PlanPackage common = export.cut(false);
            PlanPackage full = export.cut(true);

            assertThat(forBoris.isFull()).isFalse();
            assertThat(forBoris.changes()).singleElement().extracting(Change::value).isEqualTo("Only new to Boris");
            // Chingiz never sent a package: nothing is known to be acknowledged, so it gets everything
            assertThat(forChingiz.changes()).hasSameSizeAs(full.changes());
            assertThat(common.changes()).hasSize(1);
            boris.importPackage(PackageWriter.bytes(forBoris, export.signingKey()));
            assertThat(boris.dump()).isEqualTo(anna.dump());
        }
    }
}
