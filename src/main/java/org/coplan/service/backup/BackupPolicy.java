package org.coplan.service.backup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.port.PlanBackups;
import org.coplan.service.port.PlanDatabase;

/**
 * When backups are taken automatically and how many are kept: one each time the application opens the plan,
 * one a day while it stays open, one before every import; after each, all but the newest {@link #keep()} are
 * deleted. How many to keep is a setting of the plan database, so that it travels with the plan.
 */
public final class BackupPolicy {

    public static final String KEEP_SETTING = "backups-to-keep";
    public static final int DEFAULT_KEEP = 10;
    public static final int MIN_KEEP = 1;
    public static final int MAX_KEEP = 100;
    static final Duration DAY = Duration.ofHours(24);

    private final PlanDatabase database;
    private final Clock clock;

    public BackupPolicy(PlanDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether the database can be backed up at all (one in memory cannot). */
    public boolean available() {
        return database.backups().isPresent();
    }

    public int keep() {
        return database.read(store -> store.settings().get(KEEP_SETTING)).flatMap(BackupPolicy::parse)
                .orElse(DEFAULT_KEEP);
    }

    /** Changes how many backups are kept and deletes those beyond the new number at once. */
    public void setKeep(int keep) {
        if (keep < MIN_KEEP || keep > MAX_KEEP) {
            throw new IllegalArgumentException("backups to keep: " + keep + " is not within " + MIN_KEEP + ".."
                    + MAX_KEEP);
        }
        database.writeVoid(store -> store.settings().put(KEEP_SETTING, Integer.toString(keep)));
        database.backups().ifPresent(backups -> backups.prune(keep));
    }

    public Optional<Backup> afterOpening() {
        return take(BackupReason.OPENED);
    }

    public Optional<Backup> beforeImport() {
        return take(BackupReason.BEFORE_IMPORT);
    }

    public Optional<Backup> manual() {
        return take(BackupReason.MANUAL);
    }

    /** A daily backup when the newest backup is a day old or there is none; otherwise nothing. */
    public Optional<Backup> dailyIfDue() {
        Optional<PlanBackups> backups = database.backups();
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        List<Backup> all = backups.get().list();
        if (!all.isEmpty() && all.getFirst().created().plus(DAY).isAfter(clock.instant())) {
            return Optional.empty();
        }
        return take(BackupReason.DAILY);
    }

    /**
     * Restores the backup named {@code id} over the plan (see {@link PlanBackups#restore}); the caller drops
     * everything it read before, undo history included, since it describes a plan that is no longer there.
     */
    public Backup restore(String id) {
        return database.backups().orElseThrow(() -> new IllegalStateException("this database has no backups"))
                .restore(id);
    }

    public List<Backup> list() {
        return database.backups().map(PlanBackups::list).orElse(List.of());
    }

    private Optional<Backup> take(BackupReason reason) {
        Optional<PlanBackups> backups = database.backups();
        if (backups.isEmpty()) {
            return Optional.empty();
        }
        Backup taken = backups.get().create(reason);
        backups.get().prune(keep());
        return Optional.of(taken);
    }

    private static Optional<Integer> parse(String stored) {
        try {
            int keep = Integer.parseInt(stored.strip());
            return keep >= MIN_KEEP && keep <= MAX_KEEP ? Optional.of(keep) : Optional.empty();
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
