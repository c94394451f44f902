package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.domain.WorkItem;
import org.coplan.service.sample.SamplePlan;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.SyncConflict;
import org.junit.jupiter.api.Test;

class PackageImportTest {

    @Test
    void aFullPackageOfTheSamplePlanMakesAnEmptyReplicaShowTheSamePlan() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            new SamplePlan(anna.database).load();

            ImportReport report = boris.importPackage(anna.export(true));

            assertThat(report.conflicts()).isEmpty();
            assertThat(report.inserted()).isPositive();
            assertThat(boris.dump()).isNotEmpty().isEqualTo(anna.dump());
        }
    }

    @Test
    void importingTheSamePackageTwiceChangesNothingTheSecondTime() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            new SamplePlan(anna.database).load();
            byte[] bytes = anna.export(true);
            boris.importPackage(bytes);
            List<String> once = boris.dump();

            ImportReport again = boris.importPackage(bytes);

            assertThat(again.applied()).isZero();
            assertThat(again.duplicates()).isEqualTo(again.received());
            assertThat(again.inserted() + again.updated() + again.deleted()).isZero();
            assertThat(boris.dump()).isEqualTo(once);
        }
    }

    private static void rename(TestReplica replica, UUID itemId, String name) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(itemId).orElseThrow();
            store.workItems().update(item, item.withName(name));
        });
    }

    private static void note(TestReplica replica, UUID itemId, String notes) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(itemId).orElseThrow();
            store.workItems().update(item, item.withTexts(item.deliverable(), notes));
        });
    }

    private static String name(TestReplica replica, UUID itemId) {
        return replica.database.read(store -> store.workItems().find(itemId).orElseThrow().name());
    }

    @Test
    void editsOfDifferentFieldsMergeWithoutAConflict() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            UUID item = SmallPlan.store(anna.database, 2).getFirst().id();
            boris.importPackage(anna.export(true));
            rename(anna, item, "Survey of laboratories");
            note(boris, item, "agreed at the council");

            ImportReport atBoris = boris.importPackage(anna.export(false));
            ImportReport atAnna = anna.importPackage(boris.export(false));

            assertThat(atBoris.conflicts()).isEmpty();
            assertThat(atAnna.conflicts()).isEmpty();
            assertThat(anna.dump()).isEqualTo(boris.dump())
                    .contains("work_item/" + item + "/name=\"Survey of laboratories\"",
                            "work_item/" + item + "/notes=\"agreed at the council\"");
        }
    }

    @Test
    void editsOfTheSameFieldShowTheSameWinnerOnBothSidesAndKeepTheLoser() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            UUID item = SmallPlan.store(anna.database, 1).getFirst().id();
            boris.importPackage(anna.export(true));
            rename(anna, item, "Anna's name");
            rename(boris, item, "Boris's name");

            ImportReport atBoris = boris.importPackage(anna.export(false));
            ImportReport atAnna = anna.importPackage(boris.export(false));

            assertThat(name(anna, item)).isEqualTo(name(boris, item));
            String loser = name(anna, item).equals("Anna's name") ? "Boris's name" : "Anna's name";
            assertThat(atBoris.conflicts()).singleElement().extracting(SyncConflict::loserValue).isEqualTo(loser);
            assertThat(atAnna.conflicts()).singleElement().extracting(SyncConflict::loserValue).isEqualTo(loser);
            List<SyncConflict> kept = anna.database.readSync(store -> store.conflicts());
            assertThat(kept).hasSize(1);
        }
    }

    @Test
    void anEditOfAnItemDeletedElsewhereIsAConflictAndTheItemStaysDeleted() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            WorkItem item = SmallPlan.store(anna.database, 2).getFirst();
            boris.importPackage(anna.export(true));
            anna.database.writeVoid(store -> store.workItems().delete(store.workItems().find(item.id()).orElseThrow()));
            note(boris, item.id(), "needed after all");

            ImportReport atAnna = anna.importPackage(boris.export(false));
            ImportReport atBoris = boris.importPackage(anna.export(false));

            assertThat(atAnna.conflicts()).singleElement().extracting(SyncConflict::loserValue)
                    .isEqualTo("needed after all");
            assertThat(atBoris.deleted()).isEqualTo(1);
            assertThat(anna.dump()).isEqualTo(boris.dump()).noneMatch(line -> line.contains(item.id().toString()));
        }
    }

    @Test
    void aLostPackageIsRepairedByALaterOneRelayedThroughAnotherReplica() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris");
             TestReplica chingiz = new TestReplica("chingiz")) {
            UUID item = SmallPlan.store(anna.database, 1).getFirst().id();
            byte[] lostOnTheWayToChingiz = anna.export(true);
            boris.importPackage(lostOnTheWayToChingiz);
            note(boris, item, "from Minsk");

            ImportReport relayed = chingiz.importPackage(boris.export(true));

            assertThat(relayed.waiting()).isZero();
            assertThat(chingiz.dump()).isEqualTo(boris.dump());
        }
    }

    @Test
    void anUpdateThatArrivesBeforeItsInsertWaitsForIt() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris");
             TestReplica chingiz = new TestReplica("chingiz")) {
            UUID item = SmallPlan.store(anna.database, 1).getFirst().id();
            byte[] base = anna.export(true);
            boris.importPackage(base);
            chingiz.importPackage(boris.export(true));
            rename(chingiz, item, "Renamed in Bishkek");
            boris.importPackage(chingiz.export(false));
            // a replica that has nothing gets only what Boris believes it lacks: cut against Chingiz's knowledge
            try (TestReplica newcomer = new TestReplica("daria")) {
                byte[] onlyTheRename = chingiz.export(false);
                ImportReport early = newcomer.importPackage(onlyTheRename);
                assertThat(early.waiting()).isPositive();

                newcomer.importPackage(base);

                assertThat(newcomer.dump()).isEqualTo(chingiz.dump());
            }
        }
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndChangesNothing() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            SmallPlan.store(anna.database, 3);
            List<String> before = boris.dump();

            ImportReport report = new PackageImport(boris.database, Ids::newId)
                    .apply(PackageReader.read(anna.export(true), "anna.coplan"), true);

            assertThat(report.dryRun()).isTrue();
            assertThat(report.inserted()).isEqualTo(5);
            assertThat(boris.dump()).isEqualTo(before);
            assertThat(boris.importPackage(anna.export(true)).applied()).isEqualTo(report.applied());
        }
    }

    @Test
    void aReplicaRefusesItsOwnPackage() {
        try (TestReplica anna = new TestReplica("anna")) {
            SmallPlan.store(anna.database, 1);

            assertThatThrownBy(() -> anna.importPackage(anna.export(true)))
                    .isInstanceOfSatisfying(PackageRefusedException.class, refused ->
                            assertThat(refused.problem().key()).isEqualTo("exchange.refused.own-package"));
        }
    }

    @Test
    void afterAnExchangeAPackageCarriesOnlyWhatThePeerHasNotAcknowledged() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            UUID item = SmallPlan.store(anna.database, 3).getFirst().id();
            boris.importPackage(anna.export(true));
            anna.importPackage(boris.export(true));
            rename(anna, item, "Only this travels");

            PlanPackage next = PackageReader.read(anna.export(false), "next.coplan");

            assertThat(next.isFull()).isFalse();
            assertThat(next.changes()).singleElement().extracting(Change::value).isEqualTo("Only this travels");
        }
    }
}
