package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.domain.Rank;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.ConflictKind;
import org.coplan.service.sync.SyncConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merge rules of ADR 0008 for concurrent deletes, moves, inserts at one place and links. */
class MergeRulesTest {

    private TestReplica anna;
    private TestReplica boris;
    private List<WorkItem> items;

    @BeforeEach
    void twoReplicasOfOnePlan() {
        anna = new TestReplica("anna");
        boris = new TestReplica("boris");
        items = SmallPlan.store(anna.database, 4);
        boris.importPackage(anna.export(true));
    }

    @AfterEach
    void close() {
        anna.close();
        boris.close();
    }

    private void exchange() {
        byte[] fromAnna = anna.export(true);
        byte[] fromBoris = boris.export(true);
        boris.importPackage(fromAnna);
        anna.importPackage(fromBoris);
        assertThat(boris.dump()).isEqualTo(anna.dump());
    }

    @Test
    void anEditOfAnItemDeletedElsewhereIsAConflictOnBothSidesAndTheDeleteWins() {
        delete(anna, items.getFirst().id());
        rename(boris, items.getFirst().id(), "Kept by Boris");

        exchange();

        assertThat(item(anna, items.getFirst().id())).isNull();
        for (TestReplica replica : List.of(anna, boris)) {
            assertThat(conflicts(replica)).singleElement().satisfies(conflict -> {
                assertThat(ConflictKind.of(conflict.field())).isEqualTo(ConflictKind.EDIT_OF_DELETED);
                assertThat(ConflictKind.field(conflict.field())).isEqualTo("name");
                assertThat(conflict.loserValue()).isEqualTo("Kept by Boris");
            });
        }
    }

    @Test
    void aDeleteMadeAfterSeeingTheEditIsNoConflict() {
        rename(anna, items.getFirst().id(), "Seen by Boris");
        boris.importPackage(anna.export(true));
        delete(boris, items.getFirst().id());

        exchange();

        assertThat(conflicts(anna)).isEmpty();
        assertThat(conflicts(boris)).isEmpty();
        assertThat(item(anna, items.getFirst().id())).isNull();
    }

    @Test
    void twoMovesThatWouldMakeEachItemTheOthersParentLeaveATreeAndAConflict() {
        UUID first = items.get(0).id();
        UUID second = items.get(1).id();
        move(anna, second, first);
        move(boris, first, second);

        exchange();

        WorkItem one = item(anna, first);
        WorkItem two = item(anna, second);
        assertThat(one.parentId() == null || two.parentId() == null).isTrue();
        assertThat(one.parentId() != null || two.parentId() != null).isTrue();
        assertThat(allConflicts()).anyMatch(conflict -> ConflictKind.of(conflict.field()) == ConflictKind.PARENT);
    }

    @Test
    void aChildAddedUnderAnItemDeletedElsewhereMovesToTheTopOfTheRoadmap() {
        UUID parent = items.get(2).id();
        delete(anna, parent);
        WorkItem child = newItem(items.get(2).roadmapId(), parent, Rank.initial(0), "Child of a deleted item");
        boris.database.writeVoid(store -> store.workItems().insert(child));

        exchange();

        WorkItem rescued = item(anna, child.id());
        assertThat(rescued).isNotNull();
        assertThat(rescued.parentId()).isNull();
        assertThat(allConflicts()).anyMatch(conflict -> ConflictKind.of(conflict.field()) == ConflictKind.PARENT
                && conflict.entityId().equals(child.id()) && parent.toString().equals(conflict.loserValue()));
    }

    @Test
    void twoItemsInsertedAtTheSamePlaceAreBothKeptInTheSameOrderEverywhere() {
        String place = Rank.between(items.get(0).sortKey(), items.get(1).sortKey());
        WorkItem annas = newItem(items.getFirst().roadmapId(), null, place, "Anna's insert");
        WorkItem boriss = newItem(items.getFirst().roadmapId(), null, place, "Boris's insert");
        anna.database.writeVoid(store -> store.workItems().insert(annas));
        boris.database.writeVoid(store -> store.workItems().insert(boriss));

        exchange();

        String annaKey = item(anna, annas.id()).sortKey();
        String borisKey = item(anna, boriss.id()).sortKey();
        assertThat(annaKey).isNotEqualTo(borisKey);
        assertThat(List.of(annaKey, borisKey)).allMatch(key -> key.compareTo(items.get(0).sortKey()) > 0
                && key.compareTo(items.get(1).sortKey()) < 0);
        boolean annaFirst = annas.id().toString().compareTo(boriss.id().toString()) < 0;
        assertThat(annaKey.compareTo(borisKey) < 0).isEqualTo(annaFirst);
    }

    @Test
    void linksThatCloseACycleTogetherLeaveTheClosingOneDisabledAndReported() {
        Dependency forward = link(anna, items.get(0).id(), items.get(1).id());
        Dependency backward = link(boris, items.get(1).id(), items.get(0).id());

        exchange();

        List<Dependency> kept = links(anna);
        assertThat(kept).hasSize(1);
        UUID disabled = kept.getFirst().id().equals(forward.id()) ? backward.id() : forward.id();
        assertThat(allConflicts()).anyMatch(conflict -> ConflictKind.of(conflict.field()) == ConflictKind.LINK_CYCLE
                && conflict.entityId().equals(disabled));
    }

    @Test
    void deletingALinkOfTheCycleBringsTheDisabledOneBack() {
        Dependency forward = link(anna, items.get(0).id(), items.get(1).id());
        Dependency backward = link(boris, items.get(1).id(), items.get(0).id());
        exchange();
        List<Dependency> kept = links(anna);
        Dependency winner = kept.getFirst();
        UUID disabled = winner.id().equals(forward.id()) ? backward.id() : forward.id();

        anna.database.writeVoid(store -> store.dependencies().delete(winner));
        exchange();

        assertThat(links(anna)).singleElement()
                .satisfies(link -> assertThat(link.id()).isEqualTo(disabled));
        assertThat(conflicts(anna)).noneMatch(conflict -> ConflictKind.of(conflict.field()).disablesLink());
    }

    @Test
    void theSameLinkMadeOnTwoReplicasIsKeptOnce() {
        link(anna, items.get(0).id(), items.get(1).id());
        link(boris, items.get(0).id(), items.get(1).id());

        exchange();

        assertThat(links(anna)).hasSize(1);
    }

    @Test
    void aLinkToAnItemDeletedElsewhereGoesWithItAndIsReported() {
        delete(anna, items.get(3).id());
        Dependency dangling = link(boris, items.get(2).id(), items.get(3).id());

        exchange();

        assertThat(links(anna)).isEmpty();
        assertThat(allConflicts()).anyMatch(conflict -> conflict.entityId().equals(dangling.id())
                && ConflictKind.of(conflict.field()) == ConflictKind.LINK_OF_DELETED);
    }

    private List<SyncConflict> allConflicts() {
        List<SyncConflict> all = new java.util.ArrayList<>(conflicts(anna));
        all.addAll(conflicts(boris));
        return all;
    }

    private static List<SyncConflict> conflicts(TestReplica replica) {
        return replica.database.readSync(SyncStore::conflicts);
    }

    private static List<Dependency> links(TestReplica replica) {
        return replica.database.read(store -> store.dependencies().findAll());
    }

    private static WorkItem item(TestReplica replica, UUID id) {
        return replica.database.read(store -> store.workItems().find(id).orElse(null));
    }

    private static void rename(TestReplica replica, UUID id, String name) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(id).orElseThrow();
            store.workItems().update(item, item.withName(name));
        });
    }

    private static void delete(TestReplica replica, UUID id) {
        replica.database.writeVoid(store -> store.workItems().delete(store.workItems().find(id).orElseThrow()));
    }

    private static void move(TestReplica replica, UUID id, UUID parent) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(id).orElseThrow();
            store.workItems().update(item, item.withPlace(parent, Rank.initial(0)));
        });
    }

    private static Dependency link(TestReplica replica, UUID predecessor, UUID successor) {
        Dependency link = new Dependency(Ids.newId(), predecessor, successor, DependencyType.FS, 0, LagUnit.WORKING);
        replica.database.writeVoid(store -> store.dependencies().insert(link));
        return link;
    }

    private static WorkItem newItem(UUID roadmap, UUID parent, String key, String name) {
        return new WorkItem(Ids.newId(), roadmap, parent, key, name, WorkItemKind.ACTIVITY, SmallPlan.START,
                SmallPlan.START.plusDays(4), 5, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE);
    }
}
