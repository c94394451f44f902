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
        lagUnit = lagUnit == null ? LagUnit.WORKING : lagUnit;
    }
}
