package org.coplan.service.port;

import java.util.Locale;
import java.util.Optional;

/** Why a backup was taken; automatic ones rotate, the name of the file says which it was. */
public enum BackupReason {
    /** Taken by the desktop application each time it opens the plan. */
    OPENED,
    /** Taken once a day while the application stays open. */
    DAILY,
    /** Taken before an import or a plan package changes the plan. */
    BEFORE_IMPORT,
    /** Taken before the schema of a database from an older Coplan is migrated. */
    BEFORE_MIGRATION,
    /** The plan as it was before a backup was restored over it. */
    BEFORE_RESTORE,
    /** Asked for by the user. */
    MANUAL,
    /** What the open plan held when its file was deleted or replaced behind Coplan's back. */
    RESCUE;

    /** The word in the file name: stable, so that older files are still understood. */
    public String fileWord() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of the reason as the user reads it, in the backup list of the window and the CLI. */
    public String messageKey() {
        return switch (this) {
            case OPENED -> "backup-reason.opened";
            case DAILY -> "backup-reason.daily";
            case BEFORE_IMPORT -> "backup-reason.before-import";
            case BEFORE_MIGRATION -> "backup-reason.before-migration";
            case BEFORE_RESTORE -> "backup-reason.before-restore";
            case MANUAL -> "backup-reason.manual";
            case RESCUE -> "backup-reason.rescue";
        };
    }

    public static Optional<BackupReason> fromFileWord(String word) {
        for (BackupReason reason : values()) {
            if (reason.fileWord().equals(word)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
