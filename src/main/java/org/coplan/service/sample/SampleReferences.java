package org.coplan.service.sample;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.WorkCalendar;
import org.coplan.scheduling.WorkingTime;

/**
 * The stored reference data the sample (and the generator) refer to, by the short keys they are written
 * with: states by ISO code, organizations by a key such as {@code "EEC"}, priority areas by code.
 */
public record SampleReferences(Map<String, MemberState> states, Map<UUID, WorkCalendar> calendars,
                               WorkCalendar defaultCalendar, Map<String, Organization> organizations,
                               Map<String, PriorityArea> priorityAreas) {

    public SampleReferences {
        states = Map.copyOf(states);
        calendars = Map.copyOf(calendars);
        organizations = Map.copyOf(organizations);
        priorityAreas = Map.copyOf(priorityAreas);
    }

    public MemberState state(String isoCode) {
        return require(states, isoCode);
    }

    public Organization organization(String key) {
        return require(organizations, key);
    }

    public PriorityArea priorityArea(String code) {
        return require(priorityAreas, code);
    }

    /** The calendar work led by the state follows: its own, else the default one. */
    public WorkCalendar calendarOf(String isoCode) {
        UUID calendarId = state(isoCode).calendarId();
        return calendarId == null ? defaultCalendar : calendars.getOrDefault(calendarId, defaultCalendar);
    }

    public WorkingTime workingTimeOf(String isoCode) {
        return new WorkingTime(calendarOf(isoCode));
    }

    private static <T> T require(Map<String, T> values, String key) {
        T value = values.get(key);
        if (value == null) {
            throw new NoSuchElementException("the sample refers to an unknown key " + key);
        }
        return value;
    }
}
