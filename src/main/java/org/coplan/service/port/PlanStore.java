package org.coplan.service.port;

/** The repositories, bound to one transaction. Valid only inside the {@link PlanDatabase} call that gave it. */
public interface PlanStore {

    MemberStateRepository states();

    OrganizationRepository organizations();

    PriorityAreaRepository priorityAreas();

    CalendarRepository calendars();

    ProgrammeRepository programmes();

    RoadmapRepository roadmaps();

    WorkItemRepository workItems();

    DependencyRepository dependencies();

    FundingRepository funding();

    BaselineRepository baselines();

    SettingRepository settings();

    ChangeLogRepository changeLog();

    ItemSourceRepository itemSources();
}
