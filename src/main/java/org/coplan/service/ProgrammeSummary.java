package org.coplan.service;

import java.util.List;
import org.coplan.domain.Programme;

/** A programme with its roadmaps in their order, as the navigator lists them. */
public record ProgrammeSummary(Programme programme, List<RoadmapSummary> roadmaps) {

    public ProgrammeSummary {
        roadmaps = List.copyOf(roadmaps);
    }
}
