package org.coplan.service.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.Dependency;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;

/** One built sample roadmap: items parents first, links, the approved baseline; item ids by draft key. */
record SampleRoadmap(Roadmap roadmap, List<WorkItem> items, List<Dependency> links, Baseline baseline,
                     Map<String, UUID> itemIds) {

    SampleRoadmap {
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    UUID item(String key) {
        UUID id = itemIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no sample item " + key);
        }
        return id;
    }
}
