package org.coplan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The predecessors column as planners type it in MS Project, but with WBS codes: {@code 3FS+2d; 1.2SS-1d; 4}.
 * The type defaults to FS and the lag to zero; lags are whole working days.
 */
public final class PredecessorText {

    private static final Pattern LINK = Pattern.compile(
            "(\\d+(?:\\.\\d+)*)\\s*(FS|SS|FF|SF)?\\s*(?:([+-])\\s*(\\d+)\\s*(?:d|days?|д|дн)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One parsed link: the predecessor, its type and lag. */
    public record Link(UUID predecessorId, DependencyType type, int lagDays) {
    }

    private PredecessorText() {
    }

    public static String format(RoadmapPlan plan, UUID successorId) {
        return plan.predecessorsOf(successorId).stream()
                .sorted(java.util.Comparator.comparingInt(d -> plan.outlineNumber(d.predecessorId())))
                .map(d -> format(plan.wbs(d.predecessorId()), d.type(), d.lagDays()))
                .collect(Collectors.joining("; "));
    }

    static String format(String wbs, DependencyType type, int lagDays) {
        if (type == DependencyType.FS && lagDays == 0) {
            return wbs;
        }
        String lag = lagDays == 0 ? "" : (lagDays > 0 ? "+" : "-") + Math.abs(lagDays) + "d";
        return wbs + type.name() + lag;
    }

    /**
     * Parses the text typed for {@code successorId}. Refuses unknown codes, a link to the item itself and
     * the same predecessor twice, naming the offending part.
     */
    public static List<Link> parse(RoadmapPlan plan, UUID successorId, String text) {
        List<Link> links = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return links;
        }
        for (String part : text.split("[;,]")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = LINK.matcher(trimmed);
            if (!matcher.matches()) {
                throw PlanRuleViolation.of("rule.predecessor-syntax", trimmed);
            }
            UUID predecessor = plan.findByWbs(matcher.group(1))
                    .orElseThrow(() -> PlanRuleViolation.of("rule.predecessor-unknown", matcher.group(1)));
            if (predecessor.equals(successorId)) {
                throw PlanRuleViolation.of("rule.dependency-self");
            }
            if (links.stream().anyMatch(l -> l.predecessorId().equals(predecessor))) {
                throw PlanRuleViolation.of("rule.predecessor-twice", matcher.group(1));
            }
            DependencyType type = matcher.group(2) == null
                    ? DependencyType.FS : DependencyType.valueOf(matcher.group(2).toUpperCase(java.util.Locale.ROOT));
            int lag = 0;
            if (matcher.group(4) != null) {
                try {
                    lag = Integer.parseInt(matcher.group(4)) * ("-".equals(matcher.group(3)) ? -1 : 1);
                } catch (NumberFormatException tooLong) {
                    throw PlanRuleViolation.of("rule.predecessor-syntax", trimmed);
                }
                if (Math.abs(lag) > Dependency.MAX_LAG_DAYS) {
                    throw PlanRuleViolation.of("rule.dependency-lag-range", lag, Dependency.MAX_LAG_DAYS);
                }
            }
            links.add(new Link(predecessor, type, lag));
        }
        return links;
    }
}
