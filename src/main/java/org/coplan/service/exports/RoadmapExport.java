package org.coplan.service.exports;

import java.util.List;
import org.coplan.domain.Dependency;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;

/**
 * What a plan file gets of a roadmap: its items in outline order (parents before children, siblings by rank)
 * and the links between them. Links to other roadmaps stay behind: a file holds one plan.
 */
public record RoadmapExport(Roadmap roadmap, List<WorkItem> items, List<Dependency> links) {

    public RoadmapExport {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }
}
