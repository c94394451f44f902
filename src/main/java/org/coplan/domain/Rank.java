package org.coplan.domain;

/**
 * Fractional-index keys that order siblings: between any two keys there is always another, so inserting or
 * moving an item rewrites only that item's key, and two replicas can insert at the same place without
 * renumbering anyone. Keys use the digits {@code 0-9A-Za-z} (ASCII order is digit order) and never end in
 * {@code 0}, which is what guarantees room between neighbours.
 */
public final class Rank {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();
    private static final int INITIAL_WIDTH = 4;

    private Rank() {
    }

    /** The key of the {@code index}-th sibling when a whole list is written at once (imports, generators). */
    public static String initial(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        char[] digits = new char[INITIAL_WIDTH + 1];
        long value = index + 1L;
        for (int position = INITIAL_WIDTH - 1; position >= 0; position--) {
            digits[position] = DIGITS.charAt((int) (value % BASE));
            value /= BASE;
        }
        if (value != 0) {
            throw new IllegalArgumentException("too many siblings for initial keys: " + index);
        }
        // a middle digit at the end leaves room before and after each key
        digits[INITIAL_WIDTH] = DIGITS.charAt(BASE / 2);
        return new String(digits);
    }

    /** A key after {@code before} (or the first key when {@code null}) and before {@code after} (or last). */
    public static String between(String before, String after) {
        String lower = before == null ? "" : requireValid(before);
        if (after != null) {
            requireValid(after);
            if (lower.compareTo(after) >= 0) {
                throw new IllegalArgumentException("keys out of order: " + before + " >= " + after);
            }
        }
        return midpoint(lower, after);
    }

    public static String after(String key) {
        return between(key, null);
    }

    public static String before(String key) {
        return between(null, key);
    }

    public static String requireValid(String key) {
        if (key == null || key.isEmpty() || key.charAt(key.length() - 1) == '0') {
            throw new IllegalArgumentException("not a rank key: " + key);
        }
        for (int i = 0; i < key.length(); i++) {
            if (DIGITS.indexOf(key.charAt(i)) < 0) {
                throw new IllegalArgumentException("not a rank key: " + key);
            }
        }
        return key;
    }

    // lower may be "" (minus infinity); upper null is plus infinity; lower < upper
    private static String midpoint(String lower, String upper) {
        if (upper != null) {
            int common = 0;
            while (common < upper.length() && digitAt(lower, common) == upper.charAt(common)) {
                common++;
            }
            if (common > 0) {
                return upper.substring(0, common)
                        + midpoint(lower.substring(Math.min(common, lower.length())), upper.substring(common));
            }
        }
        int lowDigit = lower.isEmpty() ? 0 : DIGITS.indexOf(lower.charAt(0));
        int highDigit = upper == null ? BASE : DIGITS.indexOf(upper.charAt(0));
        if (highDigit - lowDigit > 1) {
            return String.valueOf(DIGITS.charAt((lowDigit + highDigit) / 2));
        }
        if (upper != null && upper.length() > 1) {
            return upper.substring(0, 1);
        }
        return DIGITS.charAt(lowDigit) + midpoint(lower.isEmpty() ? "" : lower.substring(1), null);
    }

    private static char digitAt(String key, int index) {
        return index < key.length() ? key.charAt(index) : '0';
    }
}
