package org.coplan.exchange.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coplan.domain.DependencyType;
import org.coplan.domain.ItemConstraint;
import org.coplan.domain.LagUnit;
import org.coplan.service.imports.ImportedItem;
import org.coplan.service.imports.ImportedLink;
import org.coplan.service.imports.ImportedPlan;

/**
 * Random plans for the round-trip properties: a tree in outline order (each item hangs below some item on the
 * path of the one before it), activities and milestones, links forward in outline order between leaves (so no
 * loop), of every type, with leads and lags.
 */
final class RoundTripPlans {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 6);

    private RoundTripPlans() {
    }

    static ImportedPlan random(long seed, int size, boolean elapsedLags) {
        Random random = new Random(seed);
        List<ImportedItem> items = new ArrayList<>();
        List<String> path = new ArrayList<>();
        Set<String> parents = new HashSet<>();
        for (int i = 0; i < size; i++) {
            int depth = random.nextInt(path.size() + 1);
            String parent = depth == 0 ? null : path.get(depth - 1);
            path.subList(depth, path.size()).clear();
            String id = String.valueOf(i + 1);
            path.add(id);
            if (parent != null) {
                parents.add(parent);
            }
            boolean milestone = random.nextInt(5) == 0;
            items.add(new ImportedItem(id, parent, "Работа " + id + " & <test>", milestone,
                    FIRST.plusDays(random.nextInt(40)), null, milestone ? 0 : 1 + random.nextInt(15),
                    random.nextInt(3) * 50, ItemConstraint.NONE, random.nextBoolean() ? null : "Note " + id, false));
        }
        List<String> leaves = items.stream().map(ImportedItem::sourceId).filter(id -> !parents.contains(id)).toList();
        List<ImportedLink> links = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (int l = 0; l < size && leaves.size() > 1; l++) {
            int a = random.nextInt(leaves.size());
            int b = random.nextInt(leaves.size());
            if (a == b || !pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                continue;
            }
            LagUnit unit = elapsedLags && random.nextInt(4) == 0 ? LagUnit.ELAPSED : LagUnit.WORKING;
            links.add(new ImportedLink(leaves.get(Math.min(a, b)), leaves.get(Math.max(a, b)),
                    DependencyType.values()[random.nextInt(4)], random.nextInt(9) - 3, unit));
        }
        return new ImportedPlan("generated", "Generated plan " + seed, items, links, List.of());
    }
}
