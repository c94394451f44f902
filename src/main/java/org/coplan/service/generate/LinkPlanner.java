package org.coplan.service.generate;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Picks distinct pairs (earlier leaf, later leaf) in outline order, so the links can never form a cycle.
 * Most links join near neighbours, as in real plans where work follows the work just before it; some span
 * far. When the wanted count comes near every possible pair, all pairs are enumerated instead of guessed.
 */
final class LinkPlanner {

    /** Mean distance, in leaves, of a local link. */
    private static final double LOCAL_MEAN = 12.0;
    private static final double FAR_SHARE = 0.1;

    private LinkPlanner() {
    }

    /** Every pair of distinct leaves, in one direction only. */
    static long maxLinks(int leaves) {
        return (long) leaves * (leaves - 1) / 2;
    }

    /** {@code count} pairs as {@code predecessor * leaves + successor} with predecessor &lt; successor. */
    static long[] pick(int leaves, int count, SplittableRandom random) {
        if (count > maxLinks(leaves)) {
            throw new IllegalArgumentException("more links than pairs: " + count);
        }
        long[] pairs = new long[count];
        if (count == 0) {
            return pairs;
        }
        if (count * 2L >= maxLinks(leaves)) {
            return enumerate(leaves, count, random);
        }
        Set<Long> taken = HashSet.newHashSet(count);
        int found = 0;
        while (found < count) {
            int successor = 1 + random.nextInt(leaves - 1);
            int predecessor;
            if (random.nextDouble() < FAR_SHARE) {
                predecessor = random.nextInt(successor);
            } else {
                int distance = 1 + (int) (-LOCAL_MEAN * Math.log(1.0 - random.nextDouble()));
                predecessor = successor - distance;
                if (predecessor < 0) {
                    predecessor = random.nextInt(successor);
                }
            }
            long key = (long) predecessor * leaves + successor;
            if (taken.add(key)) {
                pairs[found++] = key;
            }
        }
        return pairs;
    }

    private static long[] enumerate(int leaves, int count, SplittableRandom random) {
        long[] all = new long[(int) maxLinks(leaves)];
        int at = 0;
        for (int predecessor = 0; predecessor < leaves; predecessor++) {
            for (int successor = predecessor + 1; successor < leaves; successor++) {
                all[at++] = (long) predecessor * leaves + successor;
            }
        }
        // a partial Fisher-Yates shuffle: the first count entries are a uniform sample
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(all.length - i);
            long swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.copyOf(all, count);
    }
}
