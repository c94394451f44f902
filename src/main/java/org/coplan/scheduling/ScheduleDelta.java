package org.coplan.scheduling;

import java.util.Set;
import java.util.UUID;

/**
 * What one {@link Schedule#apply} moved: items whose scheduled start, finish, duration or percent complete
 * changed (summaries included; new items too), and items whose derived timing (early or late dates, slack,
 * critical, violation) changed, which includes every item of the first set.
 */
public record ScheduleDelta(Set<UUID> datesChanged, Set<UUID> timingChanged) {

    public ScheduleDelta {
        datesChanged = Set.copyOf(datesChanged);
        timingChanged = Set.copyOf(timingChanged);
    }
}
