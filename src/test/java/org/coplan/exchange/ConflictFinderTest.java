package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.exchange.Changes.ANNA;
import static org.coplan.exchange.Changes.BORIS;
import static org.coplan.exchange.Changes.delete;
import static org.coplan.exchange.Changes.insert;
import static org.coplan.exchange.Changes.update;

import java.util.List;
import java.util.Map;
import org.coplan.domain.Ids;
import org.coplan.service.sync.Change;
import org.coplan.service.sync.SyncConflict;
import org.junit.jupiter.api.Test;

class ConflictFinderTest {

    private final ConflictFinder finder = new ConflictFinder(Ids::newId);
    private final Change inserted = insert(ANNA, 1, 1, Map.of("name", "Survey", "notes", "none"));

    @Test
    void anUpdateThatOverwroteTheCurrentValueKnowinglyIsNoConflict() {
        Change later = update(BORIS, 1, 2, "name", "Joint survey", inserted);

        assertThat(finder.find(List.of(inserted), List.of(later))).isEmpty();
    }

    @Test
    void twoUpdatesOfOneFieldFromTheSameStartAreAConflictWonByTheGreaterStamp() {
        Change mine = update(ANNA, 2, 2, "name", "Survey of labs", inserted);
        Change theirs = update(BORIS, 1, 2, "name", "Joint survey", inserted);

        List<SyncConflict> conflicts = finder.find(List.of(inserted, mine), List.of(theirs));

        // equal clocks: the replica id decides, and BORIS's id sorts after ANNA's
        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.winner()).isEqualTo(theirs.id());
            assertThat(conflict.loser()).isEqualTo(mine.id());
            assertThat(conflict.loserValue()).isEqualTo("Survey of labs");
            assertThat(conflict.field()).isEqualTo("name");
        });
    }

    @Test
    void updatesOfDifferentFieldsDoNotConflict() {
        Change mine = update(ANNA, 2, 2, "name", "Survey of labs", inserted);
        Change theirs = update(BORIS, 1, 2, "notes", "from the council", inserted);

        assertThat(finder.find(List.of(inserted, mine), List.of(theirs))).isEmpty();
    }

    @Test
    void twoPeopleTypingTheSameValueDoNotDisagree() {
        Change mine = update(ANNA, 2, 2, "name", "Joint survey", inserted);
        Change theirs = update(BORIS, 1, 2, "name", "Joint survey", inserted);

        assertThat(finder.find(List.of(inserted, mine), List.of(theirs))).isEmpty();
    }

    @Test
    void anEditOfADeletedItemIsKeptAsAConflictAgainstTheDelete() {
        Change deleted = delete(ANNA, 2, 2);
        Change edit = update(BORIS, 1, 2, "notes", "still needed", inserted);

        List<SyncConflict> conflicts = finder.find(List.of(inserted, deleted), List.of(edit));

        assertThat(conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.winner()).isEqualTo(deleted.id());
            assertThat(conflict.loser()).isEqualTo(edit.id());
            assertThat(conflict.loserValue()).isEqualTo("still needed");
        });
    }

    @Test
    void anOldUpdateArrivingAfterTheOneThatOverwroteItIsNoConflict() {
        Change first = update(BORIS, 1, 2, "name", "Draft", inserted);
        Change second = update(BORIS, 2, 3, "name", "Final", first);

        assertThat(finder.find(List.of(inserted, second), List.of(first))).isEmpty();
    }
}
