package org.coplan.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.domain.DateRange;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.PlanDatabase;

/** A programme with one roadmap of a few top-level activities, stored through the repositories (and so logged). */
final class SmallPlan {

    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private SmallPlan() {
    }

    static List<WorkItem> store(PlanDatabase database, int items) {
        Programme programme = new Programme(Ids.newId(), "Joint research programme", ProgrammeKind.JOINT_PROJECT, null,
                new DateRange(START, START.plusYears(3)), ProgrammeStatus.DRAFT, null, Set.of(), Set.of());
        Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Roadmap", null, null, Rank.initial(0));
        List<WorkItem> stored = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            stored.add(new WorkItem(Ids.newId(), roadmap.id(), null, Rank.initial(i), "Activity " + (i + 1),
                    WorkItemKind.ACTIVITY, START, START.plusDays(4), 5, 0, null, null, Set.of(), null, null, null,
                    ItemConstraint.NONE));
        }
        database.writeVoid(store -> {
            store.programmes().insert(programme);
            store.roadmaps().insert(roadmap);
            store.workItems().insertAll(stored);
        });
        return stored;
    }
}
