package org.coplan.service.generate;

import java.util.Objects;
import org.coplan.domain.PlanRuleViolation;

/**
 * What to generate: how many work items and links, from which seed, and the names the new programme,
 * roadmap and items get (the caller's language; item names are a prefix and a number).
 */
public record GeneratorSettings(int items, int links, long seed, String programmeTitle, String roadmapName,
                                ItemNames itemNames) {

    /** More items than this would not fit a day-granular plan of six years in any useful way. */
    public static final int MAX_ITEMS = 1_000_000;
    public static final int MAX_LINKS = 2_000_000;

    /** The words item names start with, e.g. "Phase 12", "Activity 345", "Milestone 6". */
    public record ItemNames(String phase, String activity, String milestone) {

        public static final ItemNames ENGLISH = new ItemNames("Phase", "Activity", "Milestone");

        public ItemNames {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(milestone, "milestone");
        }
    }

    public GeneratorSettings {
        if (items < 1 || items > MAX_ITEMS) {
            throw PlanRuleViolation.of("error.generate-items-range", items, MAX_ITEMS);
        }
        if (links < 0 || links > MAX_LINKS) {
            throw PlanRuleViolation.of("error.generate-links-range", links, MAX_LINKS);
        }
        Objects.requireNonNull(programmeTitle, "programmeTitle");
        Objects.requireNonNull(roadmapName, "roadmapName");
        Objects.requireNonNull(itemNames, "itemNames");
    }

    /** Settings with English names, for benchmarks and tests. */
    public static GeneratorSettings of(int items, int links, long seed) {
        return new GeneratorSettings(items, links, seed, "Generated programme (seed " + seed + ")",
                "Generated roadmap", ItemNames.ENGLISH);
    }
}
