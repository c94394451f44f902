package org.coplan.service.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.coplan.domain.WorkItemKind;

/**
 * The tree of a generated roadmap before it has names and dates: for each item in outline order (parents
 * before children) its parent's index, its level and its kind. Levels go 3 to 5 deep (fewer only when there
 * are too few items), siblings number a handful to a dozen or two, and about a tenth of the items are
 * milestones, as in real programme plans.
 */
final class OutlineShape {

    private static final double MILESTONE_SHARE = 0.10;

    private final int[] parent;
    private final byte[] level;
    private final WorkItemKind[] kinds;
    private final int[] leaves;
    private final int depth;
    private final int fanOut;
    private int size;

    OutlineShape(int items, SplittableRandom random) {
        parent = new int[items];
        level = new byte[items];
        kinds = new WorkItemKind[items];
        depth = 3 + random.nextInt(3);
        fanOut = Math.max(3, (int) Math.ceil(Math.pow(items, 1.0 / depth)));
        forest(-1, 1, items, random);
        leaves = leafIndexes();
        markMilestones(random);
    }

    int size() {
        return size;
    }

    int parent(int index) {
        return parent[index];
    }

    int level(int index) {
        return level[index];
    }

    int maxLevel() {
        int max = 0;
        for (byte l : level) {
            max = Math.max(max, l);
        }
        return max;
    }

    WorkItemKind kind(int index) {
        return kinds[index];
    }

    /** Indexes of the activities and milestones, in outline order: a topological order for links. */
    int[] leaves() {
        return leaves.clone();
    }

    int leafCount() {
        return leaves.length;
    }

    /** Makes {@code count} items under {@code parentIndex} (-1: top level) at {@code atLevel}. */
    private void forest(int parentIndex, int atLevel, int count, SplittableRandom random) {
        if (atLevel >= depth || count <= fanOut) {
            for (int i = 0; i < count; i++) {
                add(parentIndex, atLevel, WorkItemKind.ACTIVITY);
            }
            return;
        }
        long subtree = subtreeSize(depth - atLevel);
        int children = (int) Math.max(2, Math.min(count / 2, Math.round((double) count / subtree)));
        int[] shares = split(count, children, random);
        for (int share : shares) {
            if (share == 1) {
                add(parentIndex, atLevel, WorkItemKind.ACTIVITY);
            } else {
                int phase = add(parentIndex, atLevel, WorkItemKind.PHASE);
                forest(phase, atLevel + 1, share - 1, random);
            }
        }
    }

    /** Items in a full subtree of the given height at this fan-out. */
    private long subtreeSize(int height) {
        long total = 0;
        long layer = 1;
        for (int i = 0; i <= height; i++) {
            total += layer;
            layer *= fanOut;
        }
        return total;
    }

    /** {@code total} cut into {@code parts} shares of at least one, each within about a quarter of the mean. */
    private static int[] split(int total, int parts, SplittableRandom random) {
        int[] shares = new int[parts];
        Arrays.fill(shares, 1);
        int left = total - parts;
        double mean = (double) left / parts;
        for (int i = 0; i < parts - 1 && left > 0; i++) {
            int wanted = (int) Math.round(mean * (0.75 + random.nextDouble() * 0.5));
            int given = Math.min(left, wanted);
            shares[i] += given;
            left -= given;
        }
        shares[parts - 1] += left;
        return shares;
    }

    private int add(int parentIndex, int atLevel, WorkItemKind kind) {
        int index = size++;
        parent[index] = parentIndex;
        level[index] = (byte) atLevel;
        kinds[index] = kind;
        return index;
    }

    private int[] leafIndexes() {
        return java.util.stream.IntStream.range(0, size).filter(i -> kinds[i] != WorkItemKind.PHASE).toArray();
    }

    private void markMilestones(SplittableRandom random) {
        if (leaves.length == 0) {
            return;
        }
        double chance = Math.min(1.0, MILESTONE_SHARE * size / leaves.length);
        for (int leaf : leaves) {
            if (random.nextDouble() < chance) {
                kinds[leaf] = WorkItemKind.MILESTONE;
            }
        }
    }
}
