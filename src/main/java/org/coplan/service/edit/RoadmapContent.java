package org.coplan.service.edit;

import java.util.List;
import org.coplan.domain.Baseline;
import org.coplan.domain.Dependency;
import org.coplan.domain.FundingLine;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;

/**
 * A roadmap with everything that goes when it is deleted: items (outline order, parents first), every link
 * that touches them (also from other roadmaps), baselines and the items' funding lines.
 */
public record RoadmapContent(Roadmap roadmap, List<WorkItem> items, List<Dependency> links,
                             List<Baseline> baselines, List<FundingLine> funding) {

    public RoadmapContent {
        items = List.copyOf(items);
        links = List.copyOf(links);
        baselines = List.copyOf(baselines);
        funding = List.copyOf(funding);
    }

    public static RoadmapContent empty(Roadmap roadmap) {
        return new RoadmapContent(roadmap, List.of(), List.of(), List.of(), List.of());
    }
}
