package org.coplan.service.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.Holiday;
import org.coplan.domain.Ids;
import org.coplan.domain.LocalizedName;
import org.coplan.domain.MemberState;
import org.coplan.domain.Organization;
import org.coplan.domain.OrganizationKind;
import org.coplan.domain.PriorityArea;
import org.coplan.domain.StateRole;
import org.coplan.domain.WorkCalendar;
import org.coplan.service.port.PlanStore;

/**
 * The states, calendars, organizations and priority areas named in the news the product was designed from.
 * Adding them never duplicates anything: a state already stored under its ISO code, an organization under
 * its name or a priority area under its code is reused as it is.
 */
public final class SampleReferenceData {

    /** The states whose work the generator assigns: the members of the Eurasian Economic Union. */
    public static final List<String> MEMBER_STATES = List.of("AM", "BY", "KZ", "KG", "RU");

    private record StateSeed(String isoCode, String nameEn, String nameRu, StateRole role, String calendarName) {
    }

    private record OrganizationSeed(String key, String name, String shortName, String stateIso,
                                    OrganizationKind kind) {
    }

    private record AreaSeed(String code, String nameEn, String nameRu) {
    }

    private static final String DEFAULT_CALENDAR = "Standard (Monday to Friday)";

    private static final List<StateSeed> STATES = List.of(
            new StateSeed("AM", "Armenia", "Армения", StateRole.MEMBER, "Armenia"),
            new StateSeed("BY", "Belarus", "Беларусь", StateRole.MEMBER, "Belarus"),
            new StateSeed("KZ", "Kazakhstan", "Казахстан", StateRole.MEMBER, "Kazakhstan"),
            new StateSeed("KG", "Kyrgyzstan", "Кыргызстан", StateRole.MEMBER, "Kyrgyzstan"),
            new StateSeed("RU", "Russia", "Россия", StateRole.MEMBER, "Russia"),
            new StateSeed("UZ", "Uzbekistan", "Узбекистан", StateRole.OBSERVER, null),
            new StateSeed("CU", "Cuba", "Куба", StateRole.OBSERVER, null),
            new StateSeed("IR", "Iran", "Иран", StateRole.OBSERVER, null),
            new StateSeed("CN", "China", "Китай", StateRole.PARTNER, null));

    private static final List<OrganizationSeed> ORGANIZATIONS = List.of(
            new OrganizationSeed("EEC", "Eurasian Economic Commission", "EEC", null, OrganizationKind.COMMISSION),
            new OrganizationSeed("STC", "Scientific and Technical Council under the Chairman of the EEC Board",
                    "EEC STC", null, OrganizationKind.COMMISSION),
            new OrganizationSeed("ENU", "Eurasian Network University", null, null, OrganizationKind.UNIVERSITY),
            new OrganizationSeed("NASKR", "National Academy of Sciences of the Kyrgyz Republic", "NAS KR", "KG",
                    OrganizationKind.ACADEMY),
            new OrganizationSeed("IUK", "International University of Kyrgyzstan", "IUK", "KG",
                    OrganizationKind.UNIVERSITY),
            new OrganizationSeed("KRTP", "Kyrgyz-Russian Technopark at the International University of Kyrgyzstan",
                    "Kyrgyz-Russian Technopark", "KG", OrganizationKind.TECHNOPARK),
            new OrganizationSeed("NASB", "National Academy of Sciences of Belarus", "NASB", "BY",
                    OrganizationKind.ACADEMY),
            new OrganizationSeed("GREAT-STONE", "Great Stone Industrial Park", "Great Stone", "BY",
                    OrganizationKind.TECHNOPARK),
            new OrganizationSeed("RAS", "Russian Academy of Sciences", "RAS", "RU", OrganizationKind.ACADEMY),
            new OrganizationSeed("MINOBRNAUKI", "Ministry of Science and Higher Education of the Russian Federation",
                    "Minobrnauki of Russia", "RU", OrganizationKind.MINISTRY),
            new OrganizationSeed("KTV", "Krasnoyarsk Technology Valley", null, "RU", OrganizationKind.TECHNOPARK),
            new OrganizationSeed("JINR", "Joint Institute for Nuclear Research", "JINR", "RU",
                    OrganizationKind.OTHER),
            new OrganizationSeed("MTI", "Ministry of Trade and Integration of the Republic of Kazakhstan", "MTI RK",
                    "KZ", OrganizationKind.MINISTRY),
            new OrganizationSeed("NASRK", "National Academy of Sciences of the Republic of Kazakhstan", "NAS RK", "KZ",
                    OrganizationKind.ACADEMY),
            new OrganizationSeed("NASRA", "National Academy of Sciences of the Republic of Armenia", "NAS RA", "AM",
                    OrganizationKind.ACADEMY),
            new OrganizationSeed("CAS", "Chinese Academy of Sciences", "CAS", "CN", OrganizationKind.ACADEMY));

    private static final List<AreaSeed> AREAS = List.of(
            new AreaSeed("ICT", "Information and communication technologies",
                    "Информационно-коммуникационные технологии"),
            new AreaSeed("BIO", "Biotechnology", "Биотехнологии"),
            new AreaSeed("PHARM", "Pharmacology and medicine", "Фармакология и медицина"),
            new AreaSeed("MECH", "Mechanical engineering technologies", "Технологии машиностроения"),
            new AreaSeed("AI-SEC", "Artificial intelligence and information security",
                    "Искусственный интеллект и информационная безопасность"),
            new AreaSeed("GEN", "Genetic technologies", "Генетические технологии"),
            new AreaSeed("POWER", "Power engineering", "Энергетика"),
            new AreaSeed("PLASMA", "Plasma technologies", "Плазменные технологии"),
            new AreaSeed("LTCHEM", "Low-tonnage chemistry", "Малотоннажная химия"),
            new AreaSeed("INSTR", "Scientific instrument-making", "Научное приборостроение"));

    private SampleReferenceData() {
    }

    /**
     * Adds the states with their calendars where missing. Organizations are left alone (the result names
     * none); priority areas are reported as stored.
     */
    public static SampleReferences ensureStates(PlanStore store) {
        Map<UUID, WorkCalendar> calendars = byId(store.calendars().findAll(), WorkCalendar::id);
        WorkCalendar defaultCalendar = calendars.values().stream().filter(WorkCalendar::isDefault).findFirst()
                .orElseGet(() -> insertCalendar(store, calendars, DEFAULT_CALENDAR, true, List.of()));
        Map<String, MemberState> states = new LinkedHashMap<>(
                byKey(store.states().findAll(), MemberState::isoCode));
        List<MemberState> newStates = new ArrayList<>();
        for (StateSeed seed : STATES) {
            if (states.containsKey(seed.isoCode())) {
                continue;
            }
            UUID calendarId = seed.calendarName() == null
                    ? defaultCalendar.id()
                    : findCalendar(calendars, seed.calendarName())
                            .orElseGet(() -> insertCalendar(store, calendars, seed.calendarName(), false,
                                    PublicHolidays.of(seed.isoCode())))
                            .id();
            MemberState state = new MemberState(Ids.newId(), seed.isoCode(),
                    new LocalizedName(seed.nameEn(), seed.nameRu()), seed.role(), calendarId);
            newStates.add(state);
            states.put(state.isoCode(), state);
        }
        store.states().insertAll(newStates);
        return new SampleReferences(states, calendars, defaultCalendar, Map.of(),
                byKey(store.priorityAreas().findAll(), PriorityArea::code));
    }

    /** Adds every state, calendar, organization and priority area of the sample that is missing. */
    public static SampleReferences ensureAll(PlanStore store) {
        SampleReferences withStates = ensureStates(store);
        Map<String, Organization> byName = byKey(store.organizations().findAll(), Organization::name);
        Map<String, Organization> organizations = new HashMap<>();
        List<Organization> newOrganizations = new ArrayList<>();
        for (OrganizationSeed seed : ORGANIZATIONS) {
            Organization organization = byName.get(seed.name());
            if (organization == null) {
                UUID stateId = seed.stateIso() == null ? null : withStates.state(seed.stateIso()).id();
                organization = new Organization(Ids.newId(), seed.name(), seed.shortName(), stateId, seed.kind());
                newOrganizations.add(organization);
            }
            organizations.put(seed.key(), organization);
        }
        store.organizations().insertAll(newOrganizations);

        Map<String, PriorityArea> areas = new HashMap<>(withStates.priorityAreas());
        List<PriorityArea> newAreas = new ArrayList<>();
        for (AreaSeed seed : AREAS) {
            if (!areas.containsKey(seed.code())) {
                PriorityArea area = new PriorityArea(Ids.newId(), seed.code(),
                        new LocalizedName(seed.nameEn(), seed.nameRu()));
                newAreas.add(area);
                areas.put(area.code(), area);
            }
        }
        store.priorityAreas().insertAll(newAreas);
        return new SampleReferences(withStates.states(), withStates.calendars(), withStates.defaultCalendar(),
                organizations, areas);
    }

    private static WorkCalendar insertCalendar(PlanStore store, Map<UUID, WorkCalendar> calendars, String name,
                                               boolean isDefault, List<Holiday> holidays) {
        WorkCalendar calendar = new WorkCalendar(Ids.newId(), name, WorkCalendar.MONDAY_TO_FRIDAY, holidays,
                isDefault);
        store.calendars().insert(calendar);
        calendars.put(calendar.id(), calendar);
        return calendar;
    }

    private static Optional<WorkCalendar> findCalendar(Map<UUID, WorkCalendar> calendars, String name) {
        return calendars.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static <T> Map<UUID, T> byId(List<T> values, Function<T, UUID> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
