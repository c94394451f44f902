package org.coplan.ui.navigator;

import java.util.UUID;
import org.coplan.service.ProgrammeSummary;
import org.coplan.service.RoadmapSummary;

/** A row of the navigator's tree: a programme, or one of its roadmaps. */
public sealed interface NavigatorNode {

    UUID id();

    ProgrammeSummary programme();

    record ProgrammeNode(ProgrammeSummary programme) implements NavigatorNode {
        @Override
        public UUID id() {
            return programme.programme().id();
        }
    }

    record RoadmapNode(ProgrammeSummary programme, RoadmapSummary roadmap) implements NavigatorNode {
        @Override
        public UUID id() {
            return roadmap.roadmap().id();
        }
    }
}
