package org.coplan.service.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coplan.domain.DependencyType;
import org.coplan.domain.WorkItemKind;

/**
 * One work item of a sample roadmap as it is written down, before it has ids and dates. State, organization
 * and priority area not given are taken from the parent phase (or the roadmap).
 */
final class DraftItem {

    /** A link from an earlier-written item, by its key. */
    record Link(String predecessorKey, DependencyType type, int lagDays) {
    }

    final String key;
    final String parentKey;
    final String name;
    final WorkItemKind kind;
    final int plannedDays;
    String stateIso;
    String organizationKey;
    String areaCode;
    final Set<String> participantIsos = new LinkedHashSet<>();
    final List<Link> links = new ArrayList<>();
    String deliverable;
    String notes;
    LocalDate notBefore;
    int slipDays;

    DraftItem(String key, String parentKey, String name, WorkItemKind kind, int plannedDays) {
        this.key = key;
        this.parentKey = parentKey;
        this.name = name;
        this.kind = kind;
        this.plannedDays = plannedDays;
    }

    DraftItem lead(String isoCode, String organization) {
        this.stateIso = isoCode;
        this.organizationKey = organization;
        return this;
    }

    DraftItem area(String code) {
        this.areaCode = code;
        return this;
    }

    DraftItem with(String... isoCodes) {
        participantIsos.addAll(List.of(isoCodes));
        return this;
    }

    DraftItem after(String predecessorKey) {
        return after(predecessorKey, DependencyType.FS, 0);
    }

    DraftItem after(String predecessorKey, DependencyType type, int lagDays) {
        links.add(new Link(predecessorKey, type, lagDays));
        return this;
    }

    DraftItem delivers(String text) {
        this.deliverable = text;
        return this;
    }

    DraftItem note(String text) {
        this.notes = text;
        return this;
    }

    /** Not to start before this day (written as a start-no-earlier-than constraint on the activities). */
    DraftItem from(LocalDate day) {
        this.notBefore = day;
        return this;
    }

    /** Took this many working days longer than the approved plan said. */
    DraftItem slipped(int days) {
        if (kind != WorkItemKind.ACTIVITY) {
            throw new IllegalStateException("only activities slip in the sample: " + key);
        }
        this.slipDays = days;
        return this;
    }

    boolean isPhase() {
        return kind == WorkItemKind.PHASE;
    }
}
