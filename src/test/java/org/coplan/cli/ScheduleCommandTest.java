package org.coplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.Dependency;
import org.coplan.domain.Ids;
import org.coplan.domain.Roadmap;
import org.coplan.domain.WorkItem;
import org.coplan.domain.WorkItemKind;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code schedule}: a full pass over stored programmes that stores what moved and reports the schedule. */
class ScheduleCommandTest {

    @TempDir
    Path temp;

    private CommandRunner cli;

    @BeforeEach
    void runner() {
        cli = new CommandRunner(temp);
    }

    private int run(String... args) {
        return cli.runOn(db(), args);
    }


    private Path db() {
        return temp.resolve("plan");
    }

    private <T> T inDatabase(java.util.function.Function<PlanStore, T> work) {
        try (PlanDatabase database = CommandRunner.open(db())) {
            return database.write(work);
        }
    }

    private JsonNode onlyJsonObject() throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = new ObjectMapper().readerFor(JsonNode.class)
                .readValues(cli.out())) {
            iterator.forEachRemaining(values::add);
        }
        assertThat(values).as(cli.out()).singleElement().satisfies(value -> assertThat(value.isObject()).isTrue());
        return values.getFirst();
    }

    @BeforeEach
    void loadTheSample() {
        assertThat(run("sample")).isZero();
    }

    @Test
    void theSampleIsStoredAsAValidScheduleAndJsonIsOneObject() throws IOException {
        assertThat(run("schedule", "--json")).isZero();

        JsonNode result = onlyJsonObject();
        assertThat(result.get("shiftedItems").asInt()).isZero();
        assertThat(result.get("criticalItems").asInt()).isPositive();
        assertThat(result.get("criticalPathDays").asInt()).isPositive();
        assertThat(LocalDate.parse(result.get("projectFinish").asText())).isBetween(LocalDate.of(2025, 1, 1),
                LocalDate.of(2031, 12, 31));
        assertThat(result.get("programmes")).hasSize(4);
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void datesWrittenWithoutTheEngineAreShiftedAndStoredOnce() throws IOException {
        Roadmap roadmap = inDatabase(store -> store.roadmaps().findAll().getFirst());
        // lengthen an activity that drives others, behind the engine's back
        inDatabase(store -> {
            Dependency link = store.dependencies().findByRoadmap(roadmap.id()).stream()
                    .filter(d -> store.workItems().find(d.predecessorId()).orElseThrow().kind() == WorkItemKind.ACTIVITY)
                    .findFirst().orElseThrow();
            WorkItem driver = store.workItems().find(link.predecessorId()).orElseThrow();
            store.workItems().update(driver, driver.withSchedule(driver.kind(), driver.start(),
                    driver.finish().plusMonths(3), driver.durationDays() + 65));
            return null;
        });

        assertThat(run("schedule", "--roadmap", roadmap.id().toString(), "--json")).isZero();
        JsonNode first = onlyJsonObject();
        assertThat(first.get("shiftedItems").asInt()).isGreaterThan(1);
        assertThat(first.get("programmes")).hasSize(1);

        assertThat(run("schedule", "--roadmap", roadmap.id().toString(), "--json")).isZero();
        assertThat(onlyJsonObject().get("shiftedItems").asInt()).isZero();
    }

    @Test
    void plainOutputNamesFinishCriticalPathAndCriticalItems() {
        assertThat(run("schedule")).isZero();

        assertThat(cli.out()).contains("Project finish: ", "Critical path: ", "Critical items: ",
                "Items whose dates moved: 0");
    }

    @Test
    void aLoopInStoredLinksIsOneLineNamingItWithExitCode2() {
        UUID[] pair = inDatabase(store -> {
            Dependency link = store.dependencies().findAll().getFirst();
            store.dependencies().insert(new Dependency(Ids.newId(), link.successorId(), link.predecessorId(),
                    link.type(), 0));
            return new UUID[] {link.predecessorId(), link.successorId()};
        });
        String predecessor = inDatabase(store -> store.workItems().find(pair[0]).orElseThrow().name());
        String successor = inDatabase(store -> store.workItems().find(pair[1]).orElseThrow().name());

        assertThat(run("schedule")).isEqualTo(2);

        assertThat(cli.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("The stored dependencies make a loop").contains(predecessor, successor, " → "));
    }

    @Test
    void anUnknownRoadmapIsRefusedWithOneLine() {
        assertThat(run("schedule", "--roadmap", Ids.newId().toString())).isEqualTo(2);

        assertThat(cli.err().lines()).hasSize(1);
    }
}
