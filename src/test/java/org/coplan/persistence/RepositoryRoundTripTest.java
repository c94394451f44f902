package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.groups.Tuple;
import org.coplan.domain.ApprovingAct;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.DateRange;
import org.coplan.domain.Dependency;
import org.coplan.domain.DependencyType;
import org.coplan.domain.FundingAmount;
import org.coplan.domain.FundingLine;
import org.coplan.domain.FundingSourceKind;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
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
import org.coplan.service.ChangeRecord;
import org.coplan.service.FieldText;
import org.coplan.service.port.EntityRepository;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every repository gives back what it stored, writes only what changed, and logs each write: an insert as
 * one row, an update as one row per changed field with old and new text, a delete as one row with the row.
 */
class RepositoryRoundTripTest {

    private final StoredPlan plan = new StoredPlan();
    private H2PlanDatabase database;

    @BeforeEach
    void storePlan() {
        database = StoredPlan.freshDatabase();
        database.writeVoid(plan::storeIn);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void memberStatesRoundTrip() {
        MemberState belarus = new MemberState(Ids.newId(), "BY", new LocalizedName("Belarus", "Беларусь"),
                StateRole.MEMBER, null);
        MemberState changed = new MemberState(belarus.id(), "BY", new LocalizedName("Republic of Belarus",
                "Беларусь"), StateRole.OBSERVER, plan.calendar.id());
        roundTrip(PlanStore::states, belarus, MemberState::id, changed,
                List.of(tuple("name_en", "Belarus", "Republic of Belarus"), tuple("state_role", "MEMBER", "OBSERVER"),
                        tuple("calendar_id", null, plan.calendar.id().toString())));
    }

    @Test
    void organizationsRoundTrip() {
        Organization university = new Organization(Ids.newId(), "Eurasian National University", "ENU",
                plan.kazakhstan.id(), OrganizationKind.UNIVERSITY);
        Organization changed = new Organization(university.id(), university.name(), null, null,
                OrganizationKind.OTHER);
        roundTrip(PlanStore::organizations, university, Organization::id, changed,
                List.of(tuple("short_name", "ENU", null), tuple("state_id", plan.kazakhstan.id().toString(), null),
                        tuple("organization_kind", "UNIVERSITY", "OTHER")));
    }

    @Test
    void priorityAreasRoundTrip() {
        PriorityArea biotech = new PriorityArea(Ids.newId(), "BIO", new LocalizedName("Biotechnology",
                "Биотехнологии"));
        PriorityArea changed = new PriorityArea(biotech.id(), "BIOTECH", biotech.name());
        roundTrip(PlanStore::priorityAreas, biotech, PriorityArea::id, changed,
                List.of(tuple("code", "BIO", "BIOTECH")));
    }

    @Test
    void calendarsRoundTripWithTheirHolidays() {
        WorkCalendar armenian = new WorkCalendar(Ids.newId(), "Armenia", WorkCalendar.MONDAY_TO_FRIDAY,
                List.of(new Holiday(LocalDate.of(2026, 1, 6), "Christmas"),
                        new Holiday(LocalDate.of(2026, 1, 28), "Army Day")), false);
        WorkCalendar changed = new WorkCalendar(armenian.id(), armenian.name(),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                List.of(armenian.holidays().get(1), new Holiday(LocalDate.of(2026, 5, 28), "Republic Day")), true);
        roundTrip(PlanStore::calendars, armenian, WorkCalendar::id, changed,
                List.of(tuple("working_weekdays", "12345", "123456"), tuple("is_default", "false", "true"),
                        tuple("holidays", "[[\"2026-01-06\",\"Christmas\"],[\"2026-01-28\",\"Army Day\"]]",
                                "[[\"2026-01-28\",\"Army Day\"],[\"2026-05-28\",\"Republic Day\"]]")));
    }

    @Test
    void programmesRoundTripWithTheirAreasAndStates() {
        Programme concept = new Programme(Ids.newId(), "Concept of cooperation", ProgrammeKind.CONCEPT,
                new ApprovingAct("Decision", "7", LocalDate.of(2025, 5, 16)),
                new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), ProgrammeStatus.APPROVED,
                null, Set.of(plan.ict.id()), Set.of(plan.kazakhstan.id(), plan.armenia.id()));
        Programme changed = new Programme(concept.id(), concept.title(), concept.kind(),
                new ApprovingAct("Decision", "7", LocalDate.of(2025, 5, 17)), concept.period(),
                ProgrammeStatus.IN_FORCE, "Signed in Minsk", Set.of(), Set.of(plan.kazakhstan.id()));
        roundTrip(PlanStore::programmes, concept, Programme::id, changed,
                List.of(tuple("act_date", "2025-05-16", "2025-05-17"), tuple("programme_status", "APPROVED", "IN_FORCE"),
                        tuple("description", null, "Signed in Minsk"),
                        tuple("priority_areas", "[" + plan.ict.id() + "]", "[]"),
                        tuple("states", FieldText.of(List.of(plan.kazakhstan.id(), plan.armenia.id())),
                                "[" + plan.kazakhstan.id() + "]")));
    }

    @Test
    void roadmapsRoundTrip() {
        Roadmap roadmap = new Roadmap(Ids.newId(), plan.programme.id(), "Roadmap 2028", "Third stage", null,
                Rank.initial(2));
        roundTrip(PlanStore::roadmaps, roadmap, Roadmap::id, roadmap.withName("Roadmap 2028-2030")
                        .withNewItemsManual(true),
                List.of(tuple("name", "Roadmap 2028", "Roadmap 2028-2030"), tuple("new_items_manual", "false", "true")));
    }

    @Test
    void workItemsRoundTripWithTheirParticipatingStates() {
        WorkItem review = plan.activity.withIdentity(Ids.newId(), plan.roadmap.id(), plan.phase.id(),
                Rank.initial(2)).withName("Review");
        WorkItem changed = review.withResponsibility(plan.armenia.id(), null, Set.of(plan.armenia.id()), null)
                .withConstraint(ItemConstraint.NONE).withPercentComplete(55).withManual(true);
        roundTrip(PlanStore::workItems, review, WorkItem::id, changed,
                List.of(tuple("percent_complete", "40", "55"),
                        tuple("lead_state_id", plan.kazakhstan.id().toString(), plan.armenia.id().toString()),
                        tuple("lead_organization_id", plan.academy.id().toString(), null),
                        tuple("priority_area_id", plan.ict.id().toString(), null),
                        tuple("constraint_type", "START_NO_EARLIER_THAN", "AS_SOON_AS_POSSIBLE"),
                        tuple("constraint_date", "2026-03-02", null),
                        tuple("manually_scheduled", "false", "true"),
                        tuple("participating_states", FieldText.of(List.of(plan.kazakhstan.id(), plan.armenia.id())),
                                "[" + plan.armenia.id() + "]")));
    }

    @Test
    void movingAWorkItemChangesItsSiblingScopeWithItsParent() {
        WorkItem moved = plan.milestone.withPlace(null, Rank.initial(1));
        database.writeVoid(store -> store.workItems().update(plan.milestone, moved));

        assertThat(database.read((PlanStore store) -> store.workItems().find(moved.id()))).contains(moved);
        assertThat(changesOf(moved.id())).extracting(ChangeRecord::field).containsExactly("*", "parent_id",
                "sibling_scope");
    }

    @Test
    void dependenciesRoundTrip() {
        Dependency link = new Dependency(Ids.newId(), plan.phase.id(), plan.elsewhere.id(), DependencyType.FS, 0);
        Dependency changed = new Dependency(link.id(), link.predecessorId(), link.successorId(), DependencyType.SS, -2,
                LagUnit.ELAPSED);
        roundTrip(PlanStore::dependencies, link, Dependency::id, changed,
                List.of(tuple("dependency_type", "FS", "SS"), tuple("lag_days", "0", "-2"),
                        tuple("lag_unit", "WORKING", "ELAPSED")));
    }

    @Test
    void fundingLinesRoundTripWithTheirAmounts() {
        FundingLine line = new FundingLine(Ids.newId(), plan.programme.id(), null, FundingSourceKind.BUSINESS, null,
                "USD", null, List.of(new FundingAmount(2026, new BigDecimal("1000000.00"), new BigDecimal("250000.50")),
                        new FundingAmount(2027, new BigDecimal("1200000.00"), null)));
        FundingLine changed = new FundingLine(line.id(), plan.programme.id(), null, FundingSourceKind.NATIONAL_BUDGET,
                plan.kazakhstan.id(), "KZT", "Republican budget", List.of(line.amounts().get(0),
                        new FundingAmount(2027, new BigDecimal("1300000.00"), new BigDecimal("10.00"))));
        roundTrip(PlanStore::funding, line, FundingLine::id, changed,
                List.of(tuple("source_kind", "BUSINESS", "NATIONAL_BUDGET"),
                        tuple("source_state_id", null, plan.kazakhstan.id().toString()),
                        tuple("currency", "USD", "KZT"), tuple("description", null, "Republican budget"),
                        tuple("amounts", "[[\"2026\",\"1000000\",\"250000.5\"],[\"2027\",\"1200000\",null]]",
                                "[[\"2026\",\"1000000\",\"250000.5\"],[\"2027\",\"1300000\",\"10\"]]")));
    }

    @Test
    void baselinesRoundTripWithTheirEntries() {
        Baseline second = new Baseline(Ids.newId(), plan.roadmap.id(), 1, "Revised plan", LocalDate.of(2026, 2, 20),
                List.of(new BaselineEntry(plan.activity.id(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 13), 10)));
        Baseline changed = new Baseline(second.id(), plan.roadmap.id(), 2, "Revised plan", second.takenOn(),
                List.of(new BaselineEntry(plan.activity.id(), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), 10)));
        roundTrip(PlanStore::baselines, second, Baseline::id, changed,
                List.of(tuple("slot", "1", "2"), tuple("entries",
                        "[[\"" + plan.activity.id() + "\",\"2026-03-02\",\"2026-03-13\",\"10\"]]",
                        "[[\"" + plan.activity.id() + "\",\"2026-03-09\",\"2026-03-20\",\"10\"]]")));
    }

    @Test
    void aBaselineComesBackWithItsEntriesInWorkItemOrder() {
        assertThat(database.read((PlanStore store) -> store.baselines().find(plan.baseline.id()))).contains(plan.baseline);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        database.writeVoid(store -> store.roadmaps().update(plan.roadmap, plan.roadmap));

        assertThat(changesOf(plan.roadmap.id())).extracting(ChangeRecord::kind)
                .containsExactly(ChangeRecord.Kind.INSERT);
    }

    @Test
    void everyChangeNamesTheAuthorAndTheTime() {
        ChangeRecord insert = changesOf(plan.activity.id()).getFirst();

        assertThat(insert.replicaId()).isEqualTo(database.author().replicaId());
        assertThat(insert.changedBy()).isEqualTo(StoredPlan.USER);
        assertThat(insert.changedAt()).isEqualTo(StoredPlan.NOW);
        assertThat(insert.entityType()).isEqualTo("work_item");
        assertThat(insert.newValue()).as("an insert's values are the row's own").isNull();
    }

    private <E> void roundTrip(Function<PlanStore, EntityRepository<E>> repository, E stored, Function<E, UUID> id,
                               E changed, List<Tuple> expectedChanges) {
        UUID key = id.apply(stored);
        database.writeVoid(store -> repository.apply(store).insert(stored));
        assertThat(database.read((PlanStore store) -> repository.apply(store).find(key))).contains(stored);

        database.writeVoid(store -> repository.apply(store).update(stored, changed));
        assertThat(database.read((PlanStore store) -> repository.apply(store).find(key))).contains(changed);
        List<ChangeRecord> updates = changesOf(key).stream().filter(c -> c.kind() == ChangeRecord.Kind.UPDATE).toList();
        assertThat(updates).extracting(ChangeRecord::field, ChangeRecord::oldValue, ChangeRecord::newValue)
                .containsExactlyElementsOf(expectedChanges);

        database.writeVoid(store -> repository.apply(store).delete(changed));
        assertThat(database.read((PlanStore store) -> repository.apply(store).find(key))).isEqualTo(Optional.empty());
        ChangeRecord deletion = changesOf(key).getLast();
        assertThat(deletion.kind()).isEqualTo(ChangeRecord.Kind.DELETE);
        assertThat(deletion.field()).isEqualTo("*");
        assertThat(deletion.oldValue()).startsWith("{\"").endsWith("}");
        assertThat(changesOf(key).getFirst().kind()).isEqualTo(ChangeRecord.Kind.INSERT);
    }

    private List<ChangeRecord> changesOf(UUID entityId) {
        return database.read((PlanStore store) -> store.changeLog().findByEntity(entityId));
    }
}
