package org.coplan.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Constant-time working-day arithmetic for one calendar, on epoch days. A table holds, for every day from
 * 1970 (or the first holiday) to 2200 (or the last holiday), how many working days come before it and,
 * for every working day, its date; outside the table only the weekly pattern applies (there are no
 * holidays there), so the same answers come from week arithmetic. Ranks count working days: the working
 * day with rank {@code r} is {@code dayOfRank(r)}, and {@code rankOf(d)} working days lie before day {@code d}.
 */
final class WorkingDayIndex {

    private static final int TABLE_FIRST_DAY = (int) LocalDate.of(1970, 1, 1).toEpochDay();
    private static final int TABLE_LAST_DAY = (int) LocalDate.of(2200, 12, 31).toEpochDay();

    /** Monday on or before the table's first day. */
    private final int base;
    /** Monday after the table's last day (exclusive end). */
    private final int end;
    /** workingBefore[i] = working days in [base, base + i), for i in 0..end-base. */
    private final int[] workingBefore;
    /** dayOfRank[r] = epoch day of the working day with rank r inside the table. */
    private final int[] dayOfRank;
    private final int perWeek;
    /** weekPrefix[j] = working days among the first j days of a week starting on Monday. */
    private final int[] weekPrefix = new int[8];
    /** nthInWeek[k] = offset from Monday of the k-th working weekday. */
    private final int[] nthInWeek;

    WorkingDayIndex(Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        boolean[] weekday = new boolean[7];
        for (DayOfWeek day : workingDays) {
            weekday[day.getValue() - 1] = true;
        }
        int count = 0;
        for (int j = 0; j < 7; j++) {
            weekPrefix[j] = count;
            if (weekday[j]) {
                count++;
            }
        }
        weekPrefix[7] = count;
        perWeek = count;
        nthInWeek = new int[perWeek];
        for (int j = 0, k = 0; j < 7; j++) {
            if (weekday[j]) {
                nthInWeek[k++] = j;
            }
        }
        int first = TABLE_FIRST_DAY;
        int last = TABLE_LAST_DAY;
        for (LocalDate holiday : holidays) {
            int day = Math.toIntExact(holiday.toEpochDay());
            first = Math.min(first, day);
            last = Math.max(last, day);
        }
        base = first - dayOfWeek(first);
        end = last + 7 - dayOfWeek(last);
        int length = end - base;
        boolean[] working = new boolean[length];
        for (int i = 0; i < length; i++) {
            working[i] = weekday[dayOfWeek(base + i)];
        }
        for (LocalDate holiday : holidays) {
            working[(int) holiday.toEpochDay() - base] = false;
        }
        workingBefore = new int[length + 1];
        int total = 0;
        for (int i = 0; i < length; i++) {
            workingBefore[i] = total;
            if (working[i]) {
                total++;
            }
        }
        workingBefore[length] = total;
        dayOfRank = new int[total];
        for (int i = 0, r = 0; i < length; i++) {
            if (working[i]) {
                dayOfRank[r++] = base + i;
            }
        }
    }

    /** 0 = Monday … 6 = Sunday; epoch day 0 (1970-01-01) was a Thursday. */
    private static int dayOfWeek(int epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** Working days before {@code epochDay}, counted from the table's base (negative before it). */
    int rankOf(int epochDay) {
        if (epochDay >= base && epochDay <= end) {
            return workingBefore[epochDay - base];
        }
        if (epochDay < base) {
            int offset = epochDay - base;
            return Math.floorDiv(offset, 7) * perWeek + weekPrefix[Math.floorMod(offset, 7)];
        }
        int offset = epochDay - end;
        return workingBefore[end - base] + Math.floorDiv(offset, 7) * perWeek + weekPrefix[Math.floorMod(offset, 7)];
    }

    /** The working day with the given rank. */
    int dayOfRank(int rank) {
        if (rank >= 0 && rank < dayOfRank.length) {
            return dayOfRank[rank];
        }
        if (rank < 0) {
            return base + Math.floorDiv(rank, perWeek) * 7 + nthInWeek[Math.floorMod(rank, perWeek)];
        }
        int beyond = rank - dayOfRank.length;
        return end + Math.floorDiv(beyond, perWeek) * 7 + nthInWeek[Math.floorMod(beyond, perWeek)];
    }

    boolean isWorking(int epochDay) {
        return rankOf(epochDay + 1) != rankOf(epochDay);
    }
}
