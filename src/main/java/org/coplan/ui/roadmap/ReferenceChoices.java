package org.coplan.ui.roadmap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.coplan.domain.ConstraintType;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.ReferenceData;

/**
 * The states, organizations and priority areas of an open roadmap as the editor shows them: hash lookups
 * for the cells (a table of 100,000 rows asks for a code on every scroll step) and ready-made choice lists
 * for the editors. Built once per loaded {@link ReferenceData}.
 */
public final class ReferenceChoices {

    private final ItemText text;
    private final Map<UUID, MemberState> states;
    private final Map<UUID, Organization> organizations;
    private final Map<UUID, PriorityArea> areas;
    private final List<Choice<UUID>> stateChoices;
    private final List<Choice<UUID>> organizationChoices;
    private final List<Choice<UUID>> areaChoices;

    public ReferenceChoices(ReferenceData reference, ItemText text) {
        this.text = text;
        String none = text.messages().tr("ui.roadmap.value.none");
        states = index(reference.states(), MemberState::id);
        organizations = index(reference.organizations(), Organization::id);
        areas = index(reference.priorityAreas(), PriorityArea::id);

        List<Choice<UUID>> stateList = new ArrayList<>();
        stateList.add(new Choice<>(null, none));
        reference.states().forEach(state -> stateList.add(new Choice<>(state.id(),
                text.messages().tr("ui.roadmap.value.coded-name", state.isoCode(),
                        state.name().in(text.messages().locale())), state.isoCode())));
        stateChoices = List.copyOf(stateList);

        List<Choice<UUID>> organizationList = new ArrayList<>();
        organizationList.add(new Choice<>(null, none));
        reference.organizations().forEach(organization -> organizationList.add(
                new Choice<>(organization.id(), organizationLabel(organization))));
        organizationChoices = List.copyOf(organizationList);

        List<Choice<UUID>> areaList = new ArrayList<>();
        areaList.add(new Choice<>(null, none));
        reference.priorityAreas().forEach(area -> areaList.add(new Choice<>(area.id(),
                text.messages().tr("ui.roadmap.value.coded-name", area.code(),
                        area.name().in(text.messages().locale())), area.code())));
        areaChoices = List.copyOf(areaList);
    }

    private static <T> Map<UUID, T> index(List<T> values, Function<T, UUID> id) {
        Map<UUID, T> map = HashMap.newHashMap(values.size());
        values.forEach(value -> map.put(id.apply(value), value));
        return Map.copyOf(map);
    }

    private String organizationLabel(Organization organization) {
        MemberState state = organization.stateId() == null ? null : states.get(organization.stateId());
        return state == null ? organization.name()
                : text.messages().tr("ui.roadmap.value.organization-in-state", organization.name(), state.isoCode());
    }

    /** The ISO code of a lead state, or "" for none (or one deleted since). */
    public String stateCode(UUID stateId) {
        MemberState state = stateId == null ? null : states.get(stateId);
        return state == null ? "" : state.isoCode();
    }

    public String areaCode(UUID areaId) {
        PriorityArea area = areaId == null ? null : areas.get(areaId);
        return area == null ? "" : area.code();
    }

    public String organizationName(UUID organizationId) {
        Organization organization = organizationId == null ? null : organizations.get(organizationId);
        return organization == null ? "" : organization.label();
    }

    /** "—" first (no lead state), then every state as "KZ — Kazakhstan". */
    public List<Choice<UUID>> states() {
        return stateChoices;
    }

    /** The states without the "none" entry, for picking several. */
    public List<Choice<UUID>> participatingStates() {
        return stateChoices.subList(1, stateChoices.size());
    }

    public List<Choice<UUID>> organizations() {
        return organizationChoices;
    }

    public List<Choice<UUID>> priorityAreas() {
        return areaChoices;
    }

    public List<Choice<WorkItemKind>> kinds() {
        return Arrays.stream(WorkItemKind.values()).map(kind -> new Choice<>(kind, text.kind(kind))).toList();
    }

    /** MS Project's task mode: automatically (false) or manually (true) scheduled. */
    public List<Choice<Boolean>> modes() {
        return List.of(new Choice<>(false, text.messages().tr("ui.roadmap.value.auto")),
                new Choice<>(true, text.messages().tr("ui.roadmap.value.manual")));
    }

    public List<Choice<ConstraintType>> constraintTypes() {
        return Arrays.stream(ConstraintType.values()).map(type -> new Choice<>(type, text.constraint(type)))
                .toList();
    }

    /** The entry of {@code choices} holding {@code value}; the "none" entry when there is none. */
    public static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        for (Choice<T> choice : choices) {
            if (Objects.equals(choice.value(), value)) {
                return choice;
            }
        }
        return choices.isEmpty() ? null : choices.getFirst();
    }
}
