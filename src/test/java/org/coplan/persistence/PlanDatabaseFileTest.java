package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coplan.l10n.Problem;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database in a folder: what was written is there after reopening, with the same replica; a folder in
 * use, one a newer Coplan wrote, and one that cannot be a folder are refused with a plain message.
 */
class PlanDatabaseFileTest {

    @TempDir
    Path folder;

    private final StoredPlan plan = new StoredPlan();

    @Test
    void whatWasWrittenIsThereAfterReopening() {
        ChangeAuthor firstAuthor;
        try (H2PlanDatabase database = open("first")) {
            database.writeVoid(plan::storeIn);
            firstAuthor = database.author();
        }

        try (H2PlanDatabase reopened = open("second")) {
            assertThat(reopened.location()).isEqualTo(folder.toAbsolutePath());
            assertThat(reopened.read((PlanStore store) -> store.workItems().findByRoadmap(plan.roadmap.id())))
                    .containsExactlyInAnyOrder(plan.phase, plan.activity, plan.milestone);
            assertThat(reopened.read((PlanStore store) -> store.baselines().find(plan.baseline.id()))).contains(plan.baseline);
            assertThat(reopened.author().replicaId()).as("the database keeps its replica")
                    .isEqualTo(firstAuthor.replicaId());
            assertThat(reopened.author().userName()).isEqualTo("second");
        }
    }

    @Test
    void aSecondOpeningInTheSameProcessIsRefused() {
        try (H2PlanDatabase first = open("first")) {
            assertThatThrownBy(() -> open("second"))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused ->
                            assertThat(refused.problem()).isEqualTo(
                                    Problem.tr("error.database-locked", folder.toAbsolutePath())));
            assertThat(first.read((PlanStore store) -> store.states().count())).as("the first stays usable").isZero();
        }
        try (H2PlanDatabase afterClosing = open("third")) {
            assertThat(afterClosing.read((PlanStore store) -> store.states().count())).isZero();
        }
    }

    @Test
    void anotherProcessOpeningTheFolderIsToldItIsInUse() throws Exception {
        try (H2PlanDatabase first = open("first")) {
            List<String> output = runOpenAttempt();

            assertThat(output).first().isEqualTo(OpenAttempt.REFUSED + "error.database-locked");
            assertThat(output.get(1)).isEqualTo("This plan database is already open in another Coplan window: "
                    + folder.toAbsolutePath());
        }
        assertThat(runOpenAttempt()).first().asString().startsWith(OpenAttempt.OPENED);
    }

    @Test
    void aDatabaseOfANewerCoplanIsRefusedAndLeftAsItWas() throws SQLException {
        try (H2PlanDatabase database = open("first")) {
            database.writeVoid(plan::storeIn);
        }
        execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'sa', 0, TRUE)");
        List<String> before = contents();

        assertThatThrownBy(() -> open("second"))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused ->
                        assertThat(refused.problem()).isEqualTo(
                                Problem.tr("error.database-newer", folder.toAbsolutePath(), "999", "4")));

        assertThat(contents()).isEqualTo(before);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedInTheMessage() throws IOException {
        Path file = Files.writeString(folder.resolve("plans"), "not a folder");

        assertThatThrownBy(() -> H2PlanDatabase.openFile(file.resolve("coplan"), ChangeAuthor.newReplica("x")))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused -> {
                    assertThat(refused.problem().key()).isEqualTo("error.database-cannot-open");
                    assertThat(refused.problem().arguments()).containsExactly(file.resolve("coplan"),
                            Problem.tr("error.database-not-a-folder"));
                });
    }

    @Test
    void anInMemoryDatabaseCannotBeOpenedTwiceUnderOneName() {
        try (H2PlanDatabase first = H2PlanDatabase.openInMemory("twice", ChangeAuthor.newReplica("x"))) {
            assertThatThrownBy(() -> H2PlanDatabase.openInMemory("twice", ChangeAuthor.newReplica("y")))
                    .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused ->
                            assertThat(refused.problem().key()).isEqualTo("error.database-locked"));
            assertThat(first.location()).isNull();
        }
    }

    private H2PlanDatabase open(String user) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica(user), StoredPlan.CLOCK);
    }

    private List<String> runOpenAttempt() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OpenAttempt.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.lines().toList();
    }

    private String url() {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(H2PlanDatabase.FILE_NAME);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every row of the tables that an opening would touch: schema history, replica, settings, log. */
    private List<String> contents() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
             Statement statement = connection.createStatement()) {
            for (String query : List.of("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY 1",
                    "SELECT id, name FROM replica", "SELECT * FROM plan_setting ORDER BY 1",
                    "SELECT COUNT(*) FROM change_log", "SELECT COUNT(*) FROM work_item")) {
                try (ResultSet result = statement.executeQuery(query)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(query).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(' ').append(result.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }
}
