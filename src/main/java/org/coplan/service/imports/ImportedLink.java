package org.coplan.service.imports;

import java.util.Objects;
import org.coplan.domain.DependencyType;
import org.coplan.domain.LagUnit;

/** A link between two imported items, named by their source ids; the lag is already in (working or elapsed) days. */
public record ImportedLink(String predecessorSourceId, String successorSourceId, DependencyType type, int lagDays,
                           LagUnit lagUnit) {

    public ImportedLink {
        Objects.requireNonNull(predecessorSourceId, "predecessorSourceId");
        Objects.requireNonNull(successorSourceId, "successorSourceId");
        Objects.requireNonNull(type, "type");
        // no lag counts nothing in either unit; MS Project does not even write the unit of a zero lag
        lagUnit = lagUnit == null || lagDays == 0 ? LagUnit.WORKING : lagUnit;
    }
}
