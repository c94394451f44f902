package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coplan.exchange.Changes.ANNA;
import static org.coplan.exchange.Changes.BORIS;
import static org.coplan.exchange.Changes.ITEM;
import static org.coplan.exchange.Changes.delete;
import static org.coplan.exchange.Changes.insert;
import static org.coplan.exchange.Changes.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.service.sync.Change;
import org.junit.jupiter.api.Test;

class EntityStateTest {

    private static final Set<String> FIELDS = Set.of("name", "notes", "deliverable");

    private final Change inserted = insert(ANNA, 1, 1, Map.of("name", "Survey", "notes", "none"));

    private static EntityState stateOf(List<Change> changes) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Change.STAMP_ORDER);
        return EntityState.of("work_item", ITEM, sorted, FIELDS);
    }

    @Test
    void eachFieldTakesTheValueOfItsChangeWithTheGreatestStamp() {
        Change annaName = update(ANNA, 2, 5, "name", "Survey of labs", inserted);
        Change borisName = update(BORIS, 1, 3, "name", "Joint survey", inserted);
        Change borisNotes = update(BORIS, 2, 4, "notes", "from the council", inserted);

        EntityState state = stateOf(List.of(borisNotes, annaName, inserted, borisName));

        assertThat(state).isInstanceOfSatisfying(EntityState.Present.class, present ->
                assertThat(present.row().fields()).containsEntry("name", "Survey of labs")
                        .containsEntry("notes", "from the council").containsEntry("deliverable", null));
    }

    @Test
    void aDeleteAnywhereMakesTheEntityGoneWhateverCameAfter() {
        Change deleted = delete(ANNA, 2, 2);
        Change lateEdit = update(BORIS, 1, 9, "name", "Renamed", inserted);

        assertThat(stateOf(List.of(inserted, deleted, lateEdit))).isInstanceOf(EntityState.Gone.class);
    }

    @Test
    void updatesWithoutTheirInsertWait() {
        assertThat(stateOf(List.of(update(BORIS, 1, 2, "name", "Early", inserted))))
                .isInstanceOf(EntityState.Waiting.class);
    }
}
