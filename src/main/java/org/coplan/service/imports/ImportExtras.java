package org.coplan.service.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coplan.domain.Baseline;
import org.coplan.domain.BaselineEntry;
import org.coplan.domain.Ids;
import org.coplan.domain.Organization;
import org.coplan.domain.OrganizationKind;
import org.coplan.domain.WorkCalendar;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Problem;
import org.coplan.scheduling.WorkingTime;
import org.coplan.service.ReferenceData;
import org.coplan.service.edit.Edit;
import org.coplan.service.edit.ReferenceEdit;
import org.coplan.service.port.PlanStore;

/**
 * What an import keeps beyond tasks and links: the file's calendar (a calendar of its own for the roadmap
 * when it differs from the default: other working weekdays, or holidays), its baselines, and, when the user
 * asks, its resources as organisations (found by name, or added), the first resource of a task becoming the
 * item's lead organisation. What cannot be kept is counted in {@code dropped}.
 */
final class ImportExtras {

    private static final int ORGANIZATION_NAME_LIMIT = 500;

    private final WorkCalendar calendar;
    private final WorkingTime workingTime;
    private final List<Organization> newOrganizations;
    private final Map<String, UUID> leads;
    private final List<Problem> dropped;

    private ImportExtras(WorkCalendar calendar, WorkingTime workingTime, List<Organization> newOrganizations,
                         Map<String, UUID> leads, List<Problem> dropped) {
        this.calendar = calendar;
        this.workingTime = workingTime;
        this.newOrganizations = newOrganizations;
        this.leads = leads;
        this.dropped = dropped;
    }

    static ImportExtras of(ReferenceData reference, ImportedPlan plan, PlanImport.Naming naming,
                           PlanImport.Options options, boolean newRoadmap) {
        List<Problem> dropped = new ArrayList<>();
        WorkCalendar standard = reference.defaultCalendar().orElse(null);
        WorkCalendar calendar = null;
        ImportedCalendar file = plan.calendar();
        boolean differs = file != null && (!file.holidays().isEmpty() || !file.workingDays().equals(
                standard != null ? standard.workingDays() : WorkCalendar.MONDAY_TO_FRIDAY));
        if (differs && newRoadmap) {
            calendar = new WorkCalendar(Ids.newId(), naming.calendarName().apply(file.name()), file.workingDays(),
                    file.holidays(), false);
        } else if (differs) {
            dropped.add(Problem.tr("import.dropped.calendar-on-update"));
        }
        WorkingTime workingTime = calendar != null ? new WorkingTime(calendar)
                : standard != null ? new WorkingTime(standard) : WorkingTime.standard();
        List<Organization> added = new ArrayList<>();
        Map<String, UUID> leads = new HashMap<>();
        int assignments = plan.assignments();
        if (options.resourcesAsOrganizations()) {
            Map<String, UUID> byName = new LinkedHashMap<>();
            reference.organizations().forEach(organization -> byName.putIfAbsent(key(organization.name()),
                    organization.id()));
            int further = 0;
            // in outline order, so the first spelling of a name in the file is the one the organisation keeps
            for (ImportedItem item : plan.items()) {
                List<String> resources = plan.resources().get(item.sourceId());
                if (resources == null || resources.isEmpty()) {
                    continue;
                }
                String name = resources.getFirst();
                name = name.length() > ORGANIZATION_NAME_LIMIT ? name.substring(0, ORGANIZATION_NAME_LIMIT) : name;
                UUID organization = byName.get(key(name));
                if (organization == null) {
                    Organization created = new Organization(Ids.newId(), name, null, null, OrganizationKind.OTHER);
                    added.add(created);
                    organization = created.id();
                    byName.put(key(name), organization);
                }
                leads.put(item.sourceId(), organization);
                further += resources.size() - 1;
            }
            if (further > 0) {
                dropped.add(Problem.tr("import.dropped.further-assignments", further));
            }
        } else if (assignments > 0) {
            dropped.add(Problem.tr("import.dropped.resource-assignments", assignments));
        }
        if (!newRoadmap && !plan.baselines().isEmpty()) {
            dropped.add(Problem.tr("import.dropped.baselines-on-update", plan.baselines().size()));
        }
        return new ImportExtras(calendar, workingTime, added, leads, dropped);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The calendar the roadmap's items are scheduled with. */
    WorkingTime workingTime() {
        return workingTime;
    }

    /** The roadmap's own calendar, or {@code null} for the default. */
    UUID calendarId() {
        return calendar == null ? null : calendar.id();
    }

    List<Problem> dropped() {
        return dropped;
    }

    int organizationsAdded() {
        return newOrganizations.size();
    }

    /** The lead organisation of each item that had a resource, by item id. */
    Map<UUID, UUID> leadsByItem(Map<String, UUID> itemIds) {
        Map<UUID, UUID> result = new HashMap<>();
        leads.forEach((sourceId, organization) -> {
            UUID item = itemIds.get(sourceId);
            if (item != null) {
                result.put(item, organization);
            }
        });
        return result;
    }

    List<WorkItem> withLeads(List<WorkItem> items, Map<String, UUID> itemIds) {
        Map<UUID, UUID> byItem = leadsByItem(itemIds);
        if (byItem.isEmpty()) {
            return items;
        }
        return items.stream().map(item -> byItem.containsKey(item.id())
                ? item.withResponsibility(item.leadStateId(), byItem.get(item.id()), item.participatingStateIds(),
                item.priorityAreaId())
                : item).toList();
    }

    /** The new calendar and organisations, inserted before the roadmap that uses them. */
    List<Edit> referenceInserts(Problem label) {
        List<Edit> inserts = new ArrayList<>();
        if (calendar != null) {
            inserts.add(new ReferenceEdit.Insert<>(PlanStore::calendars, calendar, label));
        }
        newOrganizations.forEach(organization ->
                inserts.add(new ReferenceEdit.Insert<>(PlanStore::organizations, organization, label)));
        return inserts;
    }

    /** The file's baselines over the new items; entries of tasks that did not become items are skipped. */
    static List<Baseline> baselines(ImportedPlan plan, UUID roadmapId, Map<String, UUID> itemIds,
                                    PlanImport.Naming naming, LocalDate today) {
        List<Baseline> baselines = new ArrayList<>();
        for (ImportedBaseline saved : plan.baselines()) {
            List<BaselineEntry> entries = new ArrayList<>();
            for (ImportedBaseline.Entry entry : saved.entries()) {
                UUID item = itemIds.get(entry.sourceId());
                if (item != null) {
                    entries.add(new BaselineEntry(item, entry.start(), entry.finish(), entry.durationDays()));
                }
            }
            baselines.add(new Baseline(Ids.newId(), roadmapId, saved.slot(), naming.baselineName().apply(saved.slot()),
                    saved.takenOn() != null ? saved.takenOn() : today, entries));
        }
        return baselines;
    }
}
