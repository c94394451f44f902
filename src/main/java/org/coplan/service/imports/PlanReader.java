package org.coplan.service.imports;

import java.nio.file.Path;

/** Reads a plan file of any supported format (the exchange layer implements it). */
public interface PlanReader {

    /**
     * @throws ImportRefused when the file is not a plan Coplan can read, with a message saying why
     */
    ImportedPlan read(Path file);
}
