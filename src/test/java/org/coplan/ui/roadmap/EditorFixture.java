package org.coplan.ui.roadmap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.OrganizationKind;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.Programme;
import org.coplan.domain.ProgrammeKind;
import org.coplan.domain.ProgrammeStatus;
import org.coplan.domain.Rank;
import org.coplan.domain.Roadmap;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.l10n.Messages;
import org.coplan.l10n.Problem;
import org.coplan.persistence.H2PlanDatabase;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.PlanEditor;
import org.coplan.service.UndoHistory;
import org.coplan.service.port.PlanDatabase;
import org.coplan.ui.common.Notifier;

/**
 * A real plan database (in memory, or in a folder for restart tests) with two states, an organization, a
 * priority area, a programme and a roadmap holding
 * <pre>
 * 1 Preparation (phase)        2 Work (phase)        3 Launch (milestone)
 *   1.1 Requirements             2.1 Build
 *   1.2 Design
 *   1.3 Approved (milestone)
 * </pre>
 * with links Requirements → Design → Approved → Build. Dates are in 2025, Monday to Friday.
 */
public final class EditorFixture implements AutoCloseable {

    public static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    public final PlanDatabase database;
    public final UndoHistory history = new UndoHistory();
    public final PlanEditor editor;
    public final Messages messages = Messages.english();
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final WorkCalendar calendar;
    public final MemberState armenia;
    public final MemberState kazakhstan;
    public final Organization academy;
    public final PriorityArea ict;
    public final Programme programme;
    public final Roadmap roadmap;
    private final Map<String, UUID> ids = new HashMap<>();
    private final List<WorkItem> newItems = new ArrayList<>();
    private final List<Dependency> newLinks = new ArrayList<>();

    private EditorFixture(PlanDatabase database, boolean create) {
        this.database = database;
        this.editor = new PlanEditor(database, history);
        if (!create) {
            calendar = null;
            armenia = null;
            kazakhstan = null;
            academy = null;
            ict = null;
            programme = null;
            roadmap = database.read(store -> store.roadmaps().findAll().getFirst());
            database.read(store -> store.workItems().findByRoadmap(roadmap.id()))
                    .forEach(item -> ids.put(item.name(), item.id()));
            return;
        }
        calendar = new WorkCalendar(Ids.newId(), "Standard", WorkCalendar.MONDAY_TO_FRIDAY, List.of(), true);
        armenia = state("AM", "Armenia", "Армения");
        kazakhstan = state("KZ", "Kazakhstan", "Казахстан");
        academy = new Organization(Ids.newId(), "National Academy of Sciences", "NAS", kazakhstan.id(),
                OrganizationKind.ACADEMY);
        ict = new PriorityArea(Ids.newId(), "ICT", new LocalizedName("ICT", "ИКТ"));
        programme = new Programme(Ids.newId(), "Framework programme", ProgrammeKind.FRAMEWORK_PROGRAMME,
                new ApprovingAct("Order", "1218-r", LocalDate.of(2025, 5, 16)),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.IN_FORCE, null,
                Set.of(ict.id()), Set.of(armenia.id(), kazakhstan.id()));
        roadmap = new Roadmap(Ids.newId(), programme.id(), "Action plan", null, null, Rank.initial(0));
        database.writeVoid(store -> {
            store.calendars().insert(calendar);
            store.states().insertAll(List.of(armenia, kazakhstan));
            store.organizations().insert(academy);
            store.priorityAreas().insert(ict);
            store.programmes().insert(programme);
            store.roadmaps().insert(roadmap);
        });
        item("Preparation", null, WorkItemKind.PHASE, MONDAY, 10);
        item("Requirements", "Preparation", WorkItemKind.ACTIVITY, MONDAY, 3);
        item("Design", "Preparation", WorkItemKind.ACTIVITY, MONDAY.plusDays(3), 5);
        item("Approved", "Preparation", WorkItemKind.MILESTONE, MONDAY.plusDays(10), 0);
        item("Work", null, WorkItemKind.PHASE, MONDAY.plusDays(14), 10);
        item("Build", "Work", WorkItemKind.ACTIVITY, MONDAY.plusDays(14), 5);
        item("Launch", null, WorkItemKind.MILESTONE, MONDAY.plusDays(28), 0);
        link("Requirements", "Design");
        link("Design", "Approved");
        link("Approved", "Build");
        database.writeVoid(store -> {
            store.workItems().insertAll(newItems);
            store.dependencies().insertAll(newLinks);
        });
    }

    /** A fresh in-memory database holding the small roadmap. */
    public static EditorFixture inMemory() {
        return new EditorFixture(H2PlanDatabase.openInMemory("editor-" + Ids.newId(), author()), true);
    }

    /** A new database in {@code folder} holding the small roadmap. */
    public static EditorFixture createIn(Path folder) {
        return new EditorFixture(H2PlanDatabase.openFile(folder, author()), true);
    }

    /** The database in {@code folder} as a restarted application finds it. */
    public static EditorFixture reopen(Path folder) {
        return new EditorFixture(H2PlanDatabase.openFile(folder, author()), false);
    }

    private static ChangeAuthor author() {
        return new ChangeAuthor(UUID.fromString("00000000-0000-7000-8000-000000000001"), "test");
    }

    private static MemberState state(String iso, String en, String ru) {
        return new MemberState(Ids.newId(), iso, new LocalizedName(en, ru), StateRole.MEMBER, null);
    }

    private void item(String name, String parent, WorkItemKind kind, LocalDate start, int days) {
        UUID parentId = parent == null ? null : id(parent);
        long siblings = newItems.stream().filter(item -> Objects.equals(item.parentId(), parentId)).count();
        LocalDate finish = new WorkingTime(calendar).finishOf(start, days);
        WorkItem item = new WorkItem(Ids.newId(), roadmap.id(), parentId, Rank.initial((int) siblings), name, kind,
                start, finish, days, 0, null, null, Set.of(), null, null, null, ItemConstraint.NONE);
        newItems.add(item);
        ids.put(name, item.id());
    }

    private void link(String predecessor, String successor) {
        newLinks.add(new Dependency(Ids.newId(), id(predecessor), id(successor), DependencyType.FS, 0));
    }

    public UUID id(String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no item named " + name + " in the fixture");
        }
        return id;
    }

    /** The item as stored in the database now. */
    public WorkItem stored(String name) {
        return database.read(store -> store.workItems().find(id(name))).orElseThrow();
    }

    public List<String> storedNames() {
        return database.read(store -> store.workItems().findByRoadmap(roadmap.id())).stream()
                .map(WorkItem::name).sorted().toList();
    }

    @Override
    public void close() {
        database.close();
    }

    /** Keeps what the view models told the user. */
    public static final class RecordingNotifier implements Notifier {
        public final List<Problem> errors = new ArrayList<>();
        public final List<String> infos = new ArrayList<>();
        public final List<Throwable> failures = new ArrayList<>();

        @Override
        public void info(String text) {
            infos.add(text);
        }

        @Override
        public void error(Problem problem) {
            errors.add(problem);
        }

        @Override
        public void failure(String text, Throwable cause) {
            failures.add(cause);
        }
    }
}
