package org.coplan.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.OtherRoadmaps;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.domain.PredecessorText;
import org.coplan.domain.RoadmapPlan;
import org.coplan.l10n.Problem;
import org.coplan.service.edit.DependencyEdit;
import org.coplan.service.edit.Edit;

/**
 * Turns the predecessors text typed for one item into the link edits that make it so: links no longer
 * listed go, new ones come, changed type or lag is an update that keeps the link's identity. A link that
 * would close a loop, or tie an item to the phase that contains it, is refused.
 */
final class PredecessorEdits {

    private final RoadmapPlan plan;
    private final ItemChanges items;
    private final Clock clock;
    private final BiConsumer<UUID, UUID> cycles;
    private final OtherRoadmaps others;

    /**
     * {@code cycles} refuses a link that would close a loop: it knows the programme's links, not just ours;
     * {@code others} finds predecessors written as {@code Energy/1.2}.
     */
    PredecessorEdits(RoadmapPlan plan, ItemChanges items, Clock clock, BiConsumer<UUID, UUID> cycles,
                     OtherRoadmaps others) {
        this.plan = plan;
        this.items = items;
        this.clock = clock;
        this.cycles = cycles;
        this.others = others;
    }

    /** Deletes first, then updates, then inserts: the order in which the pair-uniqueness rule holds. */
    List<Edit> edits(UUID successorId, String text, Problem label) {
        List<PredecessorText.Link> wanted = PredecessorText.parse(plan, successorId, text, others);
        List<Dependency> current = new ArrayList<>(plan.predecessorsOf(successorId));
        current.addAll(others.predecessorsOf(successorId));
        Map<UUID, Dependency> existing = new HashMap<>();
        current.forEach(link -> existing.put(link.predecessorId(), link));
        Map<UUID, PredecessorText.Link> wantedByPredecessor = new HashMap<>();
        wanted.forEach(link -> wantedByPredecessor.put(link.predecessorId(), link));

        List<Edit> deletes = new ArrayList<>();
        List<Edit> updates = new ArrayList<>();
        List<Edit> inserts = new ArrayList<>();
        for (Dependency link : current) {
            // a link the text cannot name (its predecessor is in no roadmap of the programme) is not the text's to drop
            if (!wantedByPredecessor.containsKey(link.predecessorId()) && nameable(link.predecessorId())) {
                deletes.add(new DependencyEdit.Delete(link, label));
            }
        }
        for (PredecessorText.Link link : wanted) {
            Dependency old = existing.get(link.predecessorId());
            if (old == null) {
                requireAllowed(link.predecessorId(), successorId);
                inserts.add(new DependencyEdit.Insert(new Dependency(Ids.newId(clock), link.predecessorId(),
                        successorId, link.type(), link.lagDays(), link.lagUnit()), label));
            } else if (old.type() != link.type() || old.lagDays() != link.lagDays()
                    || old.lagUnit() != link.lagUnit()) {
                updates.add(new DependencyEdit.Update(old, new Dependency(old.id(), old.predecessorId(),
                        successorId, link.type(), link.lagDays(), link.lagUnit()), label));
            }
        }
        List<Edit> steps = new ArrayList<>(deletes);
        steps.addAll(updates);
        steps.addAll(inserts);
        return steps;
    }

    private boolean nameable(UUID predecessorId) {
        return plan.find(predecessorId).isPresent() || others.place(predecessorId).isPresent();
    }

    private void requireAllowed(UUID predecessorId, UUID successorId) {
        // an item of another roadmap cannot contain this one, nor lie inside it
        boolean local = plan.find(predecessorId).isPresent();
        if (local && (plan.isAncestor(predecessorId, successorId) || plan.isAncestor(successorId, predecessorId))) {
            throw PlanRuleViolation.of("rule.predecessor-own-phase", items.label(successorId),
                    items.label(predecessorId));
        }
        cycles.accept(predecessorId, successorId);
    }
}
