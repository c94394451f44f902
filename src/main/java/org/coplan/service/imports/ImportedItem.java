package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.coplan.domain.ItemConstraint;

/**
 * One task as a plan file describes it, before it becomes a {@link org.coplan.domain.WorkItem}. The file's own
 * identity ({@code sourceId}: MS Project's unique id, GanttProject's task id) ties links and children to it;
 * items come in outline order, so their order among siblings is the order of this list. {@code finish} may be
 * {@code null} where the format gives only a start and a duration in working days. {@code guid}, where the
 * format has one (MS Project's GUID, GanttProject's uid), names the task across files and wins over
 * {@code sourceId} when a re-imported file is matched to the items it made before.
 */
public record ImportedItem(String sourceId, String parentSourceId, String name, boolean milestone,
                           LocalDate start, LocalDate finish, int durationDays, int percentComplete,
                           ItemConstraint constraint, String notes, boolean manual, String guid) {

    public ImportedItem {
        Objects.requireNonNull(sourceId, "sourceId");
        durationDays = Math.max(0, durationDays);
        percentComplete = Math.clamp(percentComplete, 0, 100);
        constraint = constraint == null ? ItemConstraint.NONE : constraint;
        guid = guid == null || guid.isBlank() ? null
                : guid.strip().replace("{", "").replace("}", "").replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** A task without a global id: matched on re-import by its {@code sourceId}. */
    public ImportedItem(String sourceId, String parentSourceId, String name, boolean milestone, LocalDate start,
                        LocalDate finish, int durationDays, int percentComplete, ItemConstraint constraint,
                        String notes, boolean manual) {
        this(sourceId, parentSourceId, name, milestone, start, finish, durationDays, percentComplete, constraint,
                notes, manual, null);
    }

    /** The key under which the roadmap remembers which item this task became. */
    public String sourceKey() {
        return guid != null ? "guid:" + guid : "id:" + sourceId;
    }

    /**
     * The item id the GUID spells, for files Coplan wrote itself (they carry each item's id as its GUID), so
     * that an exported and edited file updates the very items it came from.
     */
    public Optional<UUID> guidAsItemId() {
        if (guid == null || guid.length() != 32 || !guid.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new UUID(Long.parseUnsignedLong(guid.substring(0, 16), 16),
                Long.parseUnsignedLong(guid.substring(16), 16)));
    }

    public ImportedItem withNotes(String newNotes) {
        return new ImportedItem(sourceId, parentSourceId, name, milestone, start, finish, durationDays,
                percentComplete, constraint, newNotes, manual, guid);
    }
}
