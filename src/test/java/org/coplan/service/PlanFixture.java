package org.coplan.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.DateRange;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.FundingAmount;
import org.coplan.domain.FundingLine;
import org.coplan.domain.FundingSourceKind;
import org.coplan.domain.Holiday;
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
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.port.PlanDatabase;

/**
 * A small plan to edit: three states (Kazakhstan with its own calendar and a holiday), an organization, a
 * priority area, a programme and a roadmap. {@link #withSampleTree()} adds
 * <pre>
 * 1 Preparation (phase)          2 Work (phase)        3 Launch (milestone)
 *   1.1 Requirements               2.1 Build
 *   1.2 Design                     2.2 Test
 *   1.3 Approved (milestone)
 * </pre>
 * with links Requirements → Design → Approved → Build → Test. Each item starts no earlier than its date,
 * as MS Project keeps typed dates, so the stored dates are the schedule the engine computes (in the
 * programme starting on 1 January).
 */
final class PlanFixture {

    /** A Monday; the fixed clock says Wednesday of that week. */
    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final LocalDate KAZAKH_HOLIDAY = LocalDate.of(2025, 3, 21);

    final PlanDatabase database;
    final UndoHistory history = new UndoHistory();
    final PlanEditor editor;
    final Clock clock = Clock.fixed(Instant.parse("2025-03-05T09:00:00Z"), ZoneOffset.UTC);
    final WorkCalendar standardCalendar = new WorkCalendar(Ids.newId(), "Standard", WorkCalendar.MONDAY_TO_FRIDAY,
            List.of(), true);
    final WorkCalendar kazakhCalendar = new WorkCalendar(Ids.newId(), "Kazakhstan", WorkCalendar.MONDAY_TO_FRIDAY,
            List.of(new Holiday(KAZAKH_HOLIDAY, "Nauryz")), false);
    final WorkCalendar sixDayCalendar = new WorkCalendar(Ids.newId(), "Six days",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), List.of(), false);
    final MemberState armenia = state("AM", "Armenia", "Армения", null);
    final MemberState belarus = state("BY", "Belarus", "Беларусь", sixDayCalendar.id());
    final MemberState kazakhstan = state("KZ", "Kazakhstan", "Казахстан", kazakhCalendar.id());
    final Organization academy = new Organization(Ids.newId(), "National Academy of Sciences", "NAS",
            kazakhstan.id(), OrganizationKind.ACADEMY);
    final PriorityArea ict = new PriorityArea(Ids.newId(), "ICT", new LocalizedName("ICT", "ИКТ"));
    final Programme programme = new Programme(Ids.newId(), "Framework programme", ProgrammeKind.FRAMEWORK_PROGRAMME,
            new ApprovingAct("Order", "1218-r", LocalDate.of(2025, 5, 16)),
            new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.IN_FORCE, null,
            Set.of(ict.id()), Set.of(armenia.id(), kazakhstan.id()));
    final Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Action plan", null, null, Rank.initial(0));
    private final Map<String, UUID> ids = new HashMap<>();

    PlanFixture() {
        this(new InMemoryPlanDatabase());
    }

    PlanFixture(PlanDatabase database) {
        this.database = database;
        this.editor = new PlanEditor(database, history);
        database.writeVoid(store -> {
            store.calendars().insertAll(List.of(standardCalendar, kazakhCalendar, sixDayCalendar));
            store.states().insertAll(List.of(armenia, belarus, kazakhstan));
            store.organizations().insert(academy);
            store.priorityAreas().insert(ict);
            store.programmes().insert(programme);
            store.roadmaps().insert(roadmap);
        });
    }

    private static MemberState state(String iso, String en, String ru, UUID calendarId) {
        return new MemberState(Ids.newId(), iso, new LocalizedName(en, ru), StateRole.MEMBER, calendarId);
    }

    PlanFixture withSampleTree() {
        item("Preparation", null, WorkItemKind.PHASE, MONDAY, 9);
        item("Requirements", "Preparation", WorkItemKind.ACTIVITY, MONDAY, 3);
        item("Design", "Preparation", WorkItemKind.ACTIVITY, MONDAY.plusDays(3), 5);
        item("Approved", "Preparation", WorkItemKind.MILESTONE, MONDAY.plusDays(10), 0);
        item("Work", null, WorkItemKind.PHASE, MONDAY.plusDays(14), 10);
        item("Build", "Work", WorkItemKind.ACTIVITY, MONDAY.plusDays(14), 5);
        item("Test", "Work", WorkItemKind.ACTIVITY, MONDAY.plusDays(21), 5);
        item("Launch", null, WorkItemKind.MILESTONE, MONDAY.plusDays(28), 0);
        link("Requirements", "Design");
        link("Design", "Approved");
        link("Approved", "Build");
        link("Build", "Test");
        return this;
    }

    /** Adds an item as the last child (of the roadmap when {@code parent} is null); dates in Mon–Fri. */
    WorkItem item(String name, String parent, WorkItemKind kind, LocalDate start, int days) {
        UUID parentId = parent == null ? null : id(parent);
        long siblings = database.read(store -> store.workItems().findByRoadmap(roadmap.id()).stream()
                .filter(i -> Objects.equals(i.parentId(), parentId)).count());
        LocalDate finish = new WorkingTime(standardCalendar).finishOf(start, days);
        WorkItem item = new WorkItem(Ids.newId(), roadmap.id(), parentId, Rank.initial((int) siblings), name, kind,
                start, finish, days, 0, null, null, Set.of(), null, null, null,
                new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, start));
        database.writeVoid(store -> store.workItems().insert(item));
        ids.put(name, item.id());
        return item;
    }

    /** Makes a stored item manually scheduled, before a session opens. */
    PlanFixture manual(String name) {
        database.writeVoid(store -> {
            WorkItem item = store.workItems().find(id(name)).orElseThrow();
            store.workItems().update(item, item.withManual(true));
        });
        return this;
    }

    Dependency link(String predecessor, String successor) {
        Dependency link = new Dependency(Ids.newId(), id(predecessor), id(successor), DependencyType.FS, 0);
        database.writeVoid(store -> store.dependencies().insert(link));
        return link;
    }

    FundingLine fund(String item) {
        FundingLine line = new FundingLine(Ids.newId(), null, id(item), FundingSourceKind.UNION_BUDGET, null, "USD",
                null, List.of(new FundingAmount(2025, new BigDecimal("1000.00"), null)));
        database.writeVoid(store -> store.funding().insert(line));
        return line;
    }

    /** A baseline of every item as it is now. */
    Baseline baseline() {
        List<BaselineEntry> entries = database.read(store -> store.workItems().findByRoadmap(roadmap.id())).stream()
                .map(i -> new BaselineEntry(i.id(), i.start(), i.finish(), i.durationDays())).toList();
        Baseline baseline = new Baseline(Ids.newId(), roadmap.id(), 0, "Baseline", MONDAY, entries);
        database.writeVoid(store -> store.baselines().insert(baseline));
        return baseline;
    }

    UUID id(String name) {
        UUID id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no item named " + name + " in the fixture");
        }
        return id;
    }

    RoadmapSession open() {
        return RoadmapSession.open(editor, roadmap.id(), Messages.english(), clock);
    }
}
