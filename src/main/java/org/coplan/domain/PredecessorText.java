package org.coplan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The predecessors column as planners type it in MS Project, but with WBS codes: {@code 3FS+2d; 1.2SS-1d; 4}.
 * Entries are separated by {@code ;} or {@code ,}. The type defaults to FS and the lag to zero; a lag counts
 * working days ({@code d}, also {@code day(s)}, {@code д}, {@code дн}) or elapsed days ({@code ed},
 * {@code эд}), and a lag without a unit counts working days.
 *
 * <p>A predecessor in another roadmap of the programme is written with that roadmap's name, or the start
 * of it, before a slash: {@code Energy/1.2FS+2d} (see {@link RoadmapPrefixes}), the way MS Project writes a
 * predecessor in another project file ({@code Project\12}). The text shows the fewest first words of the
 * name that tell the roadmap apart; any unambiguous start of it is accepted.
 *
 * <p>An entry is read part by part (code, type, lag) rather than by one pattern, so that a refusal can say
 * which part is wrong: {@code "3XY+2d": unknown link type "XY"; use FS, SS, FF or SF}.
 */
public final class PredecessorText {

    private static final Pattern CODE = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern TYPE = Pattern.compile("\\p{L}+");
    private static final Pattern LAG = Pattern.compile("([+-])\\s*(\\d+)\\s*(\\p{L}*)");
    private static final Pattern SPACES = Pattern.compile("\\s*");

    /** One parsed link: the predecessor, its type and lag. */
    public record Link(UUID predecessorId, DependencyType type, int lagDays, LagUnit lagUnit) {

        public Link(UUID predecessorId, DependencyType type, int lagDays) {
            this(predecessorId, type, lagDays, LagUnit.WORKING);
        }
    }

    private PredecessorText() {
    }

    public static String format(RoadmapPlan plan, UUID successorId) {
        return format(plan, successorId, OtherRoadmaps.NONE);
    }

    /**
     * This roadmap's predecessors in outline order, then those of other roadmaps by roadmap and outline. A
     * predecessor neither here nor in {@code others} cannot be named and is left out.
     */
    public static String format(RoadmapPlan plan, UUID successorId, OtherRoadmaps others) {
        List<String> local = new ArrayList<>();
        List<Dependency> own = new ArrayList<>();
        List<Foreign> foreign = new ArrayList<>();
        own.addAll(plan.predecessorsOf(successorId));
        for (Dependency link : others.predecessorsOf(successorId)) {
            others.place(link.predecessorId()).ifPresent(place -> foreign.add(new Foreign(link, place)));
        }
        own.sort(Comparator.comparingInt(d -> plan.outlineNumber(d.predecessorId())));
        own.forEach(d -> local.add(format(plan.wbs(d.predecessorId()), d.type(), d.lagDays(), d.lagUnit())));
        if (!foreign.isEmpty()) {
            RoadmapPrefixes prefixes = prefixes(plan, others);
            foreign.sort(Comparator.comparing((Foreign f) -> f.place().roadmap().sortKey())
                    .thenComparingInt(f -> f.place().outlineNumber()));
            for (Foreign f : foreign) {
                Dependency d = f.link();
                local.add(prefixes.label(f.place().roadmap()) + "/"
                        + format(f.place().wbs(), d.type(), d.lagDays(), d.lagUnit()));
            }
        }
        return String.join("; ", local);
    }

    private record Foreign(Dependency link, OtherRoadmaps.Place place) {
    }

    private static RoadmapPrefixes prefixes(RoadmapPlan plan, OtherRoadmaps others) {
        List<Roadmap> all = new ArrayList<>(others.roadmaps());
        all.add(plan.roadmap());
        return new RoadmapPrefixes(all);
    }

    static String format(String wbs, DependencyType type, int lagDays, LagUnit unit) {
        if (type == DependencyType.FS && lagDays == 0) {
            return wbs;
        }
        String lag = lagDays == 0 ? "" : (lagDays > 0 ? "+" : "-") + Math.abs(lagDays)
                + (unit == LagUnit.ELAPSED ? "ed" : "d");
        return wbs + type.name() + lag;
    }

    /**
     * Parses the text typed for {@code successorId}. Refuses bad syntax, unknown codes, a link to the item
     * itself and the same predecessor twice, naming the offending entry.
     */
    public static List<Link> parse(RoadmapPlan plan, UUID successorId, String text) {
        return parse(plan, successorId, text, OtherRoadmaps.NONE);
    }

    /** Like {@link #parse(RoadmapPlan, UUID, String)}, with predecessors in the other roadmaps too. */
    public static List<Link> parse(RoadmapPlan plan, UUID successorId, String text, OtherRoadmaps others) {
        List<Link> links = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return links;
        }
        for (String part : text.split("[;,]")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.lastIndexOf('/');
            Entry parsed = new EntryReader(entry, slash + 1).read();
            UUID predecessor = slash < 0 ? local(plan, parsed.code())
                    : inRoadmap(plan, others, entry, entry.substring(0, slash), parsed.code());
            if (predecessor.equals(successorId)) {
                throw PlanRuleViolation.of("rule.dependency-self");
            }
            if (links.stream().anyMatch(l -> l.predecessorId().equals(predecessor))) {
                throw PlanRuleViolation.of("rule.predecessor-twice", parsed.code());
            }
            links.add(new Link(predecessor, parsed.type(), parsed.lag(), parsed.unit()));
        }
        return links;
    }

    private static UUID local(RoadmapPlan plan, String code) {
        return plan.findByWbs(code).orElseThrow(() -> PlanRuleViolation.of("rule.predecessor-unknown", code));
    }

    private static UUID inRoadmap(RoadmapPlan plan, OtherRoadmaps others, String entry, String typed, String code) {
        List<Roadmap> matching = prefixes(plan, others).matching(typed);
        if (matching.isEmpty()) {
            throw PlanRuleViolation.of("rule.predecessor-roadmap-unknown", entry, typed.strip());
        }
        if (matching.size() > 1) {
            throw PlanRuleViolation.of("rule.predecessor-roadmap-ambiguous", entry, typed.strip(),
                    matching.stream().map(Roadmap::name).collect(Collectors.joining(", ")));
        }
        Roadmap roadmap = matching.getFirst();
        if (roadmap.id().equals(plan.roadmap().id())) {
            return local(plan, code);
        }
        return others.find(roadmap.id(), code).orElseThrow(() ->
                PlanRuleViolation.of("rule.predecessor-unknown-in-roadmap", code, roadmap.name()));
    }

    private record Entry(String code, DependencyType type, int lag, LagUnit unit) {
    }

    /** Reads one entry left to right; each part that does not fit is refused with its own message. */
    private static final class EntryReader {

        private final String entry;
        private final Matcher matcher;
        private int at;

        /** Reads from {@code from} on (after a roadmap's name), naming the whole entry in refusals. */
        EntryReader(String entry, int from) {
            this.entry = entry;
            this.matcher = CODE.matcher(entry);
            this.at = from;
            skipSpaces();
        }

        Entry read() {
            String code = next(CODE);
            if (code == null) {
                throw PlanRuleViolation.of("rule.predecessor-no-code", entry);
            }
            skipSpaces();
            String typeText = next(TYPE);
            DependencyType type = typeText == null ? DependencyType.FS : type(typeText);
            skipSpaces();
            int lag = 0;
            LagUnit unit = LagUnit.WORKING;
            if (at < entry.length()) {
                if (!lookingAt(LAG)) {
                    throw PlanRuleViolation.of("rule.predecessor-lag-syntax", entry, entry.substring(at));
                }
                lag = lag(matcher.group(1), matcher.group(2));
                unit = unit(matcher.group(3));
                at = matcher.end();
                skipSpaces();
                if (at < entry.length()) {
                    throw PlanRuleViolation.of("rule.predecessor-syntax", entry);
                }
            }
            return new Entry(code, type, lag, unit);
        }

        private DependencyType type(String text) {
            return switch (text.toUpperCase(Locale.ROOT)) {
                case "FS" -> DependencyType.FS;
                case "SS" -> DependencyType.SS;
                case "FF" -> DependencyType.FF;
                case "SF" -> DependencyType.SF;
                default -> throw PlanRuleViolation.of("rule.predecessor-type", entry, text);
            };
        }

        private int lag(String sign, String digits) {
            // more digits than any allowed lag has: refused before parsing, so that no overflow can hide it
            if (digits.length() > 9) {
                throw PlanRuleViolation.of("rule.dependency-lag-range", sign + digits, Dependency.MAX_LAG_DAYS);
            }
            int lag = Integer.parseInt(digits) * ("-".equals(sign) ? -1 : 1);
            if (Math.abs(lag) > Dependency.MAX_LAG_DAYS) {
                throw PlanRuleViolation.of("rule.dependency-lag-range", lag, Dependency.MAX_LAG_DAYS);
            }
            return lag;
        }

        private LagUnit unit(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "", "d", "day", "days", "д", "дн", "дня", "дней" -> LagUnit.WORKING;
                case "ed", "eday", "edays", "эд", "кд" -> LagUnit.ELAPSED;
                default -> throw PlanRuleViolation.of("rule.predecessor-lag-unit", entry, text);
            };
        }

        private String next(Pattern pattern) {
            if (!lookingAt(pattern)) {
                return null;
            }
            at = matcher.end();
            return matcher.group();
        }

        private boolean lookingAt(Pattern pattern) {
            matcher.usePattern(pattern).region(at, entry.length());
            return matcher.lookingAt();
        }

        private void skipSpaces() {
            next(SPACES);
        }
    }
}
