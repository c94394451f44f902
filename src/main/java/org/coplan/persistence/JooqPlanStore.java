package org.coplan.persistence;

import org.coplan.service.port.BaselineRepository;
import org.coplan.service.port.CalendarRepository;
import org.coplan.service.port.ChangeLogRepository;
import org.coplan.service.port.DependencyRepository;
import org.coplan.service.port.FundingRepository;
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

    JooqPlanStore(StoreContext context) {
        changeLog = new JooqChangeLogRepository(context.dsl());
        states = new JooqMemberStateRepository(context, changeLog);
        organizations = new JooqOrganizationRepository(context, changeLog);
        priorityAreas = new JooqPriorityAreaRepository(context, changeLog);
        calendars = new JooqCalendarRepository(context, changeLog);
        programmes = new JooqProgrammeRepository(context, changeLog);
        roadmaps = new JooqRoadmapRepository(context, changeLog);
        workItems = new JooqWorkItemRepository(context, changeLog);
        dependencies = new JooqDependencyRepository(context, changeLog);
        funding = new JooqFundingRepository(context, changeLog);
        baselines = new JooqBaselineRepository(context, changeLog);
        settings = new JooqSettingRepository(context.dsl());
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
}
