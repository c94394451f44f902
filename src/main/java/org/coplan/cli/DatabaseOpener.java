package org.coplan.cli;

import java.nio.file.Path;
import org.coplan.service.port.PlanDatabase;

/** Opens the plan database in a folder; given by the composition root so commands never see persistence. */
@FunctionalInterface
public interface DatabaseOpener {

    /** @throws org.coplan.service.port.DatabaseUnavailableException when it is locked or cannot be used */
    PlanDatabase open(Path folder);
}
