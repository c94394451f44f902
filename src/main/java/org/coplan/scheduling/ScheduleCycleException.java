package org.coplan.scheduling;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The links (with the outline: a link into a summary binds its children) go round in a circle. The cycle
 * lists the items in order, the first repeated at the end, so a message can read "A → B → A".
 */
public final class ScheduleCycleException extends IllegalStateException {

    private final List<UUID> cycle;

    public ScheduleCycleException(List<UUID> cycle) {
        super("dependency cycle: " + cycle.stream().map(UUID::toString).collect(Collectors.joining(" → ")));
        this.cycle = List.copyOf(cycle);
    }

    public List<UUID> cycle() {
        return cycle;
    }
}
