package org.coplan.report;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One milestone as a report lists it, its names already in the report's language.
 *
 * @param baselineDate   the compared baseline's date; {@code null} when the baseline does not hold the milestone
 * @param varianceDays   current minus baseline in working days of the milestone's calendar; empty without one
 * @param totalSlack     the engine's total slack in working days; empty when the milestone was not scheduled
 */
public record MilestoneRow(UUID itemId, String programme, String roadmap, String wbs, String name,
                           String leadState, String leadOrganization, LocalDate baselineDate, LocalDate currentDate,
                           OptionalInt varianceDays, OptionalInt totalSlack, int percentComplete,
                           MilestoneStatus status, String deliverable) {
}
