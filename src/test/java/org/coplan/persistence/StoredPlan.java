package org.coplan.persistence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.DateRange;
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
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.PlanStore;

/**
 * A small but complete plan for the persistence tests: every entity once, with its child rows, valid by the
 * domain's rules, and a fresh in-memory database with a fixed clock to store it in.
 */
final class StoredPlan {

    static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String USER = "planner";

    final WorkCalendar calendar = new WorkCalendar(Ids.newId(), "Kazakhstan", EnumSet.range(DayOfWeek.MONDAY,
            DayOfWeek.FRIDAY), List.of(new Holiday(LocalDate.of(2026, 3, 8), "International Women's Day"),
            new Holiday(LocalDate.of(2026, 3, 22), "Nauryz")), false);
    final MemberState kazakhstan = new MemberState(Ids.newId(), "KZ", new LocalizedName("Kazakhstan", "Казахстан"),
            StateRole.MEMBER, calendar.id());
    final MemberState armenia = new MemberState(Ids.newId(), "AM", new LocalizedName("Armenia", "Армения"),
            StateRole.MEMBER, null);
    final Organization academy = new Organization(Ids.newId(), "National Academy of Sciences", "NAS",
            kazakhstan.id(), OrganizationKind.ACADEMY);
    final PriorityArea ict = new PriorityArea(Ids.newId(), "ICT",
            new LocalizedName("Information technology", "Информационные технологии"));
    final Programme programme = new Programme(Ids.newId(), "Framework programme", ProgrammeKind.FRAMEWORK_PROGRAMME,
            new ApprovingAct("Order", "1218-r", LocalDate.of(2025, 5, 16)),
            new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.APPROVED,
            "Science and technology to 2030", Set.of(ict.id()), Set.of(kazakhstan.id(), armenia.id()));
    final Roadmap roadmap = new Roadmap(Ids.newId(), programme.id(), "Roadmap 2026", null, calendar.id(),
            Rank.initial(0));
    final Roadmap otherRoadmap = new Roadmap(Ids.newId(), programme.id(), "Roadmap 2027", null, null,
            Rank.initial(1));
    final WorkItem phase = item(null, 0, "Research", WorkItemKind.PHASE, 20);
    final WorkItem activity = new WorkItem(Ids.newId(), roadmap.id(), phase.id(), Rank.initial(0), "Survey",
            WorkItemKind.ACTIVITY, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), 10, 40, kazakhstan.id(),
            academy.id(), Set.of(kazakhstan.id(), armenia.id()), ict.id(), "Report", "Agreed in Minsk",
            new ItemConstraint(ConstraintType.START_NO_EARLIER_THAN, LocalDate.of(2026, 3, 2)));
    final WorkItem milestone = new WorkItem(Ids.newId(), roadmap.id(), phase.id(), Rank.initial(1), "Survey done",
            WorkItemKind.MILESTONE, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 13), 0, 0, null, null,
            Set.of(), null, null, null, ItemConstraint.NONE);
    final WorkItem elsewhere = new WorkItem(Ids.newId(), otherRoadmap.id(), null, Rank.initial(0), "Follow-up",
            WorkItemKind.ACTIVITY, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 22), 10, 0, null, null, Set.of(),
            null, null, null, ItemConstraint.NONE);
    final Dependency surveyToMilestone = new Dependency(Ids.newId(), activity.id(), milestone.id(),
            DependencyType.FS, 0);
    final Dependency intoOtherRoadmap = new Dependency(Ids.newId(), milestone.id(), elsewhere.id(),
            DependencyType.SS, -2);
    final Dependency fromOtherRoadmap = new Dependency(Ids.newId(), elsewhere.id(), activity.id(),
            DependencyType.FF, 3);
    final FundingLine programmeFunding = new FundingLine(Ids.newId(), programme.id(), null,
            FundingSourceKind.NATIONAL_BUDGET, kazakhstan.id(), "KZT", "Republican budget",
            List.of(new FundingAmount(2026, new BigDecimal("1000000.00"), new BigDecimal("250000.50")),
                    new FundingAmount(2027, new BigDecimal("1200000.00"), null)));
    final FundingLine itemFunding = new FundingLine(Ids.newId(), null, activity.id(), FundingSourceKind.UNION_BUDGET,
            null, "RUB", null, List.of(new FundingAmount(2026, new BigDecimal("50000.00"), null)));
    final Baseline baseline = new Baseline(Ids.newId(), roadmap.id(), 0, "Approved plan", LocalDate.of(2026, 2, 1),
            entries(new BaselineEntry(activity.id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), 10),
                    new BaselineEntry(milestone.id(), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 13), 0)));

    static H2PlanDatabase freshDatabase() {
        return H2PlanDatabase.openInMemory("persistence-" + UUID.randomUUID(), ChangeAuthor.newReplica(USER), CLOCK);
    }

    /** Stores everything, parents first, as one transaction would. */
    void storeIn(PlanStore store) {
        store.calendars().insert(calendar);
        store.states().insertAll(List.of(kazakhstan, armenia));
        store.organizations().insert(academy);
        store.priorityAreas().insert(ict);
        store.programmes().insert(programme);
        store.roadmaps().insertAll(List.of(roadmap, otherRoadmap));
        store.workItems().insertAll(List.of(phase, activity, milestone, elsewhere));
        store.dependencies().insertAll(List.of(surveyToMilestone, intoOtherRoadmap, fromOtherRoadmap));
        store.funding().insertAll(List.of(programmeFunding, itemFunding));
        store.baselines().insert(baseline);
    }

    private WorkItem item(UUID parent, int place, String name, WorkItemKind kind, int duration) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        return new WorkItem(Ids.newId(), roadmap.id(), parent, Rank.initial(place), name, kind, start,
                start.plusDays(duration + 8L), duration, 0, null, null, Set.of(), null, null, null,
                ItemConstraint.NONE);
    }

    private static List<BaselineEntry> entries(BaselineEntry... entries) {
        // the repository gives entries back in work item order, a baseline being a set of frozen dates
        return List.of(entries).stream().sorted(Comparator.comparing(BaselineEntry::workItemId)).toList();
    }
}
