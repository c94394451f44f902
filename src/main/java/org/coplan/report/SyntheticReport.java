package org.coplan.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;

/**
 * A milestone report of any size made up in memory, for measuring the writers without a database: names of
 * the lengths real plans have, in both alphabets, spread over states, dates and statuses across two years.
 */
public final class SyntheticReport {

    private static final String[] STATES = {"Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia",
        "Республика Беларусь", "Российская Федерация"};
    private static final String[] WORDS = {"joint", "laboratory", "agreement", "approved", "programme", "report",
        "submitted", "pilot", "network", "совместный", "проект", "утверждён", "отчёт", "представлен", "центр",
        "technology", "platform", "cohort", "certified", "Council", "Commission"};

    private SyntheticReport() {
    }

    public static MilestoneReport of(int milestones, long seed, ReportLanguage language) {
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(2026, 1, 1);
        ReportPeriod period = new ReportPeriod(from, LocalDate.of(2027, 12, 31));
        MilestoneReportOptions options = MilestoneReportOptions.of(period, LocalDate.of(2026, 9, 1))
                .withLanguage(language);
        List<List<MilestoneRow>> groups = new ArrayList<>();
        for (int g = 0; g < STATES.length; g++) {
            groups.add(new ArrayList<>());
        }
        MilestoneStatus[] statuses = MilestoneStatus.values();
        for (int i = 0; i < milestones; i++) {
            int group = random.nextInt(STATES.length);
            LocalDate current = from.plusDays(random.nextInt(730));
            int variance = random.nextInt(12) - 3;
            groups.get(group).add(new MilestoneRow(new UUID(seed, i), "Programme", "Roadmap " + (i % 3 + 1),
                    (i / 100 + 1) + "." + (i / 10 % 10 + 1) + "." + (i % 10 + 1), words(random, 4 + random.nextInt(9)),
                    STATES[group], "Org " + (i % 17), current.minusDays(variance), current,
                    OptionalInt.of(variance), OptionalInt.of(random.nextInt(30) - 5), random.nextInt(101),
                    statuses[random.nextInt(statuses.length)], words(random, random.nextInt(6))));
        }
        List<MilestoneGroup> result = new ArrayList<>();
        for (int g = 0; g < STATES.length; g++) {
            List<MilestoneRow> rows = groups.get(g);
            rows.sort(java.util.Comparator.comparing(MilestoneRow::currentDate));
            result.add(new MilestoneGroup(STATES[g], rows));
        }
        return new MilestoneReport(options, List.of("Synthetic programme"), "Baseline", "bench", 3, result);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
