package org.coplan.service;

import org.coplan.domain.Roadmap;

/** A roadmap and how many work items it holds, for the navigator. */
public record RoadmapSummary(Roadmap roadmap, long itemCount) {
}
