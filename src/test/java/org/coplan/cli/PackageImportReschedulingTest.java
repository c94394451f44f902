package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplan.domain.Dependency;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.PlanDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageImportReschedulingTest {

    @TempDir
    Path temp;

    @Test
    void anImportedLongerDurationPushesTheSuccessorsOfTheItemOnTheReplicaThatImportsIt() {
        CommandRunner cli = new CommandRunner(temp);
        Path anna = temp.resolve("anna");
        Path boris = temp.resolve("boris");
        Path first = temp.resolve("first.coplan");
        Path second = temp.resolve("second.coplan");
        cli.runOn(anna, "sample");
        assertThat(cli.runOn(anna, "package", "export", "--full", "-o", first.toString())).isZero();
        assertThat(cli.runOn(boris, "package", "import", first.toString())).isZero();

        Dependency link;
        WorkItem successorBefore;
        try (PlanDatabase database = CommandRunner.open(anna)) {
            Map<UUID, WorkItem> items = database.read(store -> store.workItems().findAll()).stream()
                    .collect(Collectors.toMap(WorkItem::id, Function.identity()));
            List<Dependency> links = database.read(store -> store.dependencies().findAll());
            Map<UUID, Long> incoming = links.stream()
                    .collect(Collectors.groupingBy(Dependency::successorId, Collectors.counting()));
            // a link that alone drives a successor scheduled as soon as possible, so a later finish must push it
            link = links.stream().filter(each -> items.get(each.predecessorId()).kind() == WorkItemKind.ACTIVITY
                    && each.type().name().equals("FS") && incoming.get(each.successorId()) == 1
                    && !items.get(each.successorId()).manual()
                    && items.get(each.successorId()).kind() != WorkItemKind.PHASE
                    && items.get(each.successorId()).constraint().type().name().equals("AS_SOON_AS_POSSIBLE"))
                    .min(Comparator.comparing(Dependency::id)).orElseThrow();
            WorkItem predecessor = items.get(link.predecessorId());
            successorBefore = items.get(link.successorId());
            // an edit below the editor: the item's own dates change, its successors are left as they were
            database.writeVoid(store -> store.workItems().update(predecessor, predecessor.withSchedule(
                    predecessor.kind(), predecessor.start(), predecessor.finish().plusWeeks(8),
                    predecessor.durationDays() + 40)));
        }
        assertThat(cli.runOn(anna, "package", "export", "--full", "-o", second.toString())).isZero();

        assertThat(cli.runOn(boris, "package", "import", second.toString())).isZero();

        assertThat(cli.err()).isEmpty();
        try (PlanDatabase database = CommandRunner.open(boris)) {
            WorkItem successorAfter = database.read(store -> store.workItems().find(link.successorId()))
                    .orElseThrow();
            assertThat(successorAfter.start()).isAfter(successorBefore.start());
        }
    }
}
