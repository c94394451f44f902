package org.coplan.exchange;

import java.util.List;
import java.util.Objects;
import org.coplan.service.sync.ReplicaInfo;
import org.coplan.service.sync.SyncConflict;

/**
 * What importing a package did (or, for a dry run, would do).
 *
 * @param received   changes in the package
 * @param duplicates of those, the ones already held here (a second import of a package has only these)
 * @param waiting    entities whose changes are held but whose insert has not arrived yet
 */
public record ImportReport(ReplicaInfo sender, boolean full, boolean dryRun, int received, int duplicates,
                           int inserted, int updated, int deleted, int waiting, List<SyncConflict> conflicts) {

    public ImportReport {
        Objects.requireNonNull(sender, "sender");
        conflicts = List.copyOf(conflicts);
    }

    public int applied() {
        return received - duplicates;
    }
}
