package org.coplan.gantt;

import java.util.Objects;
import org.coplan.domain.DependencyType;

/**
 * A dependency arrow from one bar to another.
 *
 * @param key         identifies the link in context-menu actions
 * @param predecessor the key of the bar the arrow leaves
 * @param successor   the key of the bar the arrow enters
 * @param type        which ends it joins
 */
public record GanttLink(Object key, Object predecessor, Object successor, DependencyType type) {

    public GanttLink {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(predecessor, "predecessor");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(type, "type");
    }
}
