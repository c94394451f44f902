package org.coplan.persistence;

import java.util.List;
import org.coplan.service.port.BaselineRepository;
import org.coplan.service.port.CalendarRepository;
import org.coplan.service.port.ChangeLogRepository;
import org.coplan.service.port.DependencyRepository;
import org.coplan.service.port.FundingRepository;
import org.coplan.service.port.ItemSourceRepository;
import org.coplan.service.port.MemberStateRepository;
import org.coplan.service.port.OrganizationRepository;
import org.coplan.service.port.PlanStore;
import org.coplan.service.port.PriorityAreaRepository;
import org.coplan.service.port.ProgrammeRepository;
import org.coplan.service.port.RoadmapRepository;
import org.coplan.service.port.SettingRepository;
import org.coplan.service.port.WorkItemRepository;

/** The repositories of one transaction, all writing through its {@link StoreContext} and into one change log. */
public final class JooqPlanStore implements PlanStore {

    private final JooqChangeLogRepository changeLog;
    private final MemberStateRepository states;
    private final OrganizationRepository organizations;
    private final PriorityAreaRepository priorityAreas;
    private final CalendarRepository calendars;
    private final ProgrammeRepository programmes;
    private final RoadmapRepository roadmaps;
    private final WorkItemRepository workItems;
    private final DependencyRepository dependencies;
    private final FundingRepository funding;
    private final BaselineRepository baselines;
    private final SettingRepository settings;
    private final ItemSourceRepository itemSources;
    private final List<JooqEntityRepository<?, ?>> entityRows;
    private final StoreContext context;

    JooqPlanStore(StoreContext context) {
        this.context = context;
        changeLog = new JooqChangeLogRepository(context.dsl());
        JooqMemberStateRepository stateRows = new JooqMemberStateRepository(context, changeLog);
        JooqOrganizationRepository organizationRows = new JooqOrganizationRepository(context, changeLog);
        JooqPriorityAreaRepository areaRows = new JooqPriorityAreaRepository(context, changeLog);
        JooqCalendarRepository calendarRows = new JooqCalendarRepository(context, changeLog);
        JooqProgrammeRepository programmeRows = new JooqProgrammeRepository(context, changeLog);
        JooqRoadmapRepository roadmapRows = new JooqRoadmapRepository(context, changeLog);
        JooqWorkItemRepository itemRows = new JooqWorkItemRepository(context, changeLog);
        JooqDependencyRepository linkRows = new JooqDependencyRepository(context, changeLog);
        JooqFundingRepository fundingRows = new JooqFundingRepository(context, changeLog);
        JooqBaselineRepository baselineRows = new JooqBaselineRepository(context, changeLog);
        states = stateRows;
        organizations = organizationRows;
        priorityAreas = areaRows;
        calendars = calendarRows;
        programmes = programmeRows;
        roadmaps = roadmapRows;
        workItems = itemRows;
        dependencies = linkRows;
        funding = fundingRows;
        baselines = baselineRows;
        settings = new JooqSettingRepository(context.dsl());
        itemSources = new JooqItemSourceRepository(context.dsl());
        entityRows = List.of(calendarRows, stateRows, organizationRows, areaRows, programmeRows, roadmapRows,
                itemRows, linkRows, fundingRows, baselineRows);
    }

    StoreContext context() {
        return context;
    }

    /** Every entity's storage, each kind after the kinds its rows refer to (the order sync writes rows in). */
    List<JooqEntityRepository<?, ?>> entityRows() {
        return entityRows;
    }

    @Override
    public MemberStateRepository states() {
        return states;
    }

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public PriorityAreaRepository priorityAreas() {
        return priorityAreas;
    }

    @Override
    public CalendarRepository calendars() {
        return calendars;
    }

    @Override
    public ProgrammeRepository programmes() {
        return programmes;
    }

    @Override
    public RoadmapRepository roadmaps() {
        return roadmaps;
    }

    @Override
    public WorkItemRepository workItems() {
        return workItems;
    }

    @Override
    public DependencyRepository dependencies() {
        return dependencies;
    }

    @Override
    public FundingRepository funding() {
        return funding;
    }

    @Override
    public BaselineRepository baselines() {
        return baselines;
    }

    @Override
    public SettingRepository settings() {
        return settings;
    }

    @Override
    public ChangeLogRepository changeLog() {
        return changeLog;
    }

    @Override
    public ItemSourceRepository itemSources() {
        return itemSources;
    }
}
