package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.ChangeRecord;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.VersionVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every logged change gets this replica's next number and Lamport stamp, and an update names what it overwrote. */
class ChangeIdentityTest {

    private final H2PlanDatabase database = H2PlanDatabase.openInMemory("identity-" + UUID.randomUUID(),
            ChangeAuthor.newReplica("anna"));
    private final Programme programme = new Programme(Ids.newId(), "Programme", ProgrammeKind.STRATEGY, null,
            new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)), ProgrammeStatus.DRAFT, null,
            Set.of(), Set.of());

    @AfterEach
    void close() {
        database.close();
    }

    private List<Change> log() {
        return database.readSync(store -> store.changesAfter(VersionVector.EMPTY));
    }

    private Programme renamed(String title) {
        return new Programme(programme.id(), title, programme.kind(), programme.act(), programme.period(),
                programme.status(), programme.description(), programme.priorityAreaIds(), programme.stateIds());
    }

    @Test
    void changesAreNumberedWithoutGapsAndEachUpdateNamesTheChangeItOverwrote() {
        database.writeVoid(store -> store.programmes().insert(programme));
        database.writeVoid(store -> store.programmes().update(programme, renamed("Draft")));
        database.writeVoid(store -> store.programmes().update(renamed("Draft"), renamed("Final")));

        List<Change> log = log();

        assertThat(log).extracting(change -> change.id().seq()).containsExactly(1L, 2L, 3L);
        assertThat(log).extracting(Change::lamport).isSorted().doesNotHaveDuplicates();
        assertThat(log).extracting(Change::kind).containsExactly(ChangeRecord.Kind.INSERT, ChangeRecord.Kind.UPDATE,
                ChangeRecord.Kind.UPDATE);
        assertThat(log.get(0).prior()).isNull();
        assertThat(log.get(1).prior()).isEqualTo(log.get(0).id());
        assertThat(log.get(2).prior()).isEqualTo(log.get(1).id());
        assertThat(log.get(0).insertedValues()).containsEntry("title", "Final").containsEntry("states", "[]");
        assertThat(database.readSync(store -> store.seen()).get(database.author().replicaId())).isEqualTo(3);
    }

    @Test
    void aRolledBackEditGivesItsNumbersBack() {
        database.writeVoid(store -> store.programmes().insert(programme));

        assertThatThrownBy(() -> database.writeVoid(store -> {
            store.programmes().update(programme, renamed("Doomed"));
            throw new IllegalStateException("the user's edit fails after it was logged");
        })).isInstanceOf(IllegalStateException.class);
        database.writeVoid(store -> store.programmes().update(programme, renamed("Kept")));

        assertThat(log()).extracting(change -> change.id().seq()).containsExactly(1L, 2L);
        assertThat(log().get(1).value()).isEqualTo("Kept");
    }
}
