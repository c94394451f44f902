package org.coplan.service.exports;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a roadmap as a plan file of one format (the exchange layer implements it). */
public interface PlanWriter {

    void write(RoadmapExport export, Path file) throws IOException;
}
