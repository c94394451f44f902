package org.coplan.service.port;

import java.util.List;

/**
 * Backups of a plan database kept in a folder beside it. Each backup is taken while the plan stays open
 * (a consistent copy of the last commit) and verified by opening the copy before it counts.
 */
public interface PlanBackups {

    /**
     * Takes a backup, verifies it and returns it.
     *
     * @throws DatabaseUnavailableException when the copy cannot be written (disk full, read-only folder) or
     *                                      does not open; nothing is left behind then
     */
    Backup create(BackupReason reason);

    /** The backups there are, newest first; files that are not backups of this kind are ignored. */
    List<Backup> list();

    /** Deletes all but the {@code keep} newest backups; returns those deleted. */
    List<Backup> prune(int keep);

    /**
     * Replaces the plan with the backup named {@code id}, after checking the backup opens and taking a
     * {@link BackupReason#BEFORE_RESTORE} backup of the plan as it is. The database stays open and reads
     * the restored plan from then on; a failure before the swap leaves the plan as it was.
     *
     * @throws DatabaseUnavailableException when there is no such backup, it does not open, or the swap fails
     */
    Backup restore(String id);
}
