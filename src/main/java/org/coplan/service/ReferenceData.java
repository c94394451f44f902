package org.coplan.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.WorkCalendar;
import org.coplan.service.port.PlanStore;

/** The states, organizations, priority areas and calendars that work items refer to, loaded once per view. */
public record ReferenceData(List<MemberState> states, List<Organization> organizations,
                            List<PriorityArea> priorityAreas, List<WorkCalendar> calendars) {

    public ReferenceData {
        states = states.stream().sorted(Comparator.comparing(MemberState::isoCode)).toList();
        organizations = organizations.stream().sorted(Comparator.comparing(Organization::name)).toList();
        priorityAreas = priorityAreas.stream().sorted(Comparator.comparing(PriorityArea::code)).toList();
        calendars = List.copyOf(calendars);
    }

    public static ReferenceData load(PlanStore store) {
        return new ReferenceData(store.states().findAll(), store.organizations().findAll(),
                store.priorityAreas().findAll(), store.calendars().findAll());
    }

    public Optional<MemberState> state(UUID id) {
        return find(states, MemberState::id, id);
    }

    public Optional<MemberState> stateByIso(String isoCode) {
        return states.stream().filter(s -> s.isoCode().equalsIgnoreCase(isoCode)).findFirst();
    }

    public Optional<Organization> organization(UUID id) {
        return find(organizations, Organization::id, id);
    }

    public Optional<PriorityArea> priorityArea(UUID id) {
        return find(priorityAreas, PriorityArea::id, id);
    }

    public Optional<WorkCalendar> calendar(UUID id) {
        return find(calendars, WorkCalendar::id, id);
    }

    public Optional<WorkCalendar> defaultCalendar() {
        return calendars.stream().filter(WorkCalendar::isDefault).findFirst();
    }

    public Map<UUID, MemberState> statesById() {
        return states.stream().collect(Collectors.toUnmodifiableMap(MemberState::id, Function.identity()));
    }

    private static <T> Optional<T> find(List<T> values, Function<T, UUID> id, UUID wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        return values.stream().filter(v -> id.apply(v).equals(wanted)).findFirst();
    }
}
