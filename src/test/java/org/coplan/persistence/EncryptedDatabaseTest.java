package org.coplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.coplan.domain.WorkItem;
import org.coplan.l10n.Messages;
import org.coplan.service.ChangeAuthor;
import org.coplan.service.port.Backup;
import org.coplan.service.port.BackupReason;
import org.coplan.service.generate.GeneratorSettings;
import org.coplan.service.generate.PlanGenerator;
import org.coplan.service.port.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan database encrypted for a laptop that travels: no item name can be read from its file or its backups,
 * it opens only with its passphrase, and a wrong one is refused with a message and changes nothing.
 */
class EncryptedDatabaseTest {

    private static final String SECRET = "Tokamak-Geheimplan";
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    @TempDir
    Path folder;

    private long storePlainPlan() {
        try (H2PlanDatabase database = H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("anna"))) {
            new PlanGenerator(new GeneratorSettings(30, 20, 5, SECRET + " programme", SECRET + " roadmap",
                    new GeneratorSettings.ItemNames(SECRET + " phase", SECRET + " activity", SECRET + " milestone")))
                    .generateInto(database);
            return database.<Long>read(store -> store.workItems().count());
        }
    }

    private H2PlanDatabase open(char[] passphrase) {
        return H2PlanDatabase.openFile(folder, ChangeAuthor.newReplica("anna"), Clock.systemUTC(), passphrase);
    }

    @Test
    void anEncryptedFileHoldsNoItemNameAndOpensWithItsPassphrase() throws IOException {
        long items = storePlainPlan();
        assertThat(contains(Files.readAllBytes(folder.resolve(H2PlanDatabase.FILE)), SECRET)).isTrue();

        H2Encryption.encrypt(folder, PASSPHRASE);

        assertThat(H2Encryption.isEncrypted(folder)).isTrue();
        assertThat(contains(Files.readAllBytes(folder.resolve(H2PlanDatabase.FILE)), SECRET)).isFalse();
        assertThat(Files.readString(folder.resolve(DatabaseKey.FILE))).contains("iterations=600000")
                .doesNotContain(new String(PASSPHRASE));
        assertThat(filesIn(folder)).containsExactlyInAnyOrder(H2PlanDatabase.FILE, DatabaseKey.FILE);
        try (H2PlanDatabase database = open(PASSPHRASE)) {
            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(items);
            List<WorkItem> stored = database.read(store -> store.workItems().findAll());
            assertThat(stored).allMatch(item -> item.name().startsWith(SECRET));
        }
    }

    @Test
    void aWrongOrMissingPassphraseIsRefusedWithAMessageAndChangesNothing() throws IOException {
        storePlainPlan();
        H2Encryption.encrypt(folder, PASSPHRASE);
        String before = digest(folder.resolve(H2PlanDatabase.FILE));

        assertThatThrownBy(() -> open("wrong horse battery staple".toCharArray()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused -> {
                    assertThat(refused.problem().key()).isEqualTo("error.database-wrong-passphrase");
                    assertThat(Messages.english().text(refused.problem())).contains(folder.toString())
                            .contains("Nothing was changed");
                });
        assertThatThrownBy(() -> open(null)).isInstanceOfSatisfying(DatabaseUnavailableException.class,
                refused -> assertThat(refused.problem().key()).isEqualTo("error.database-encrypted"));
        assertThatThrownBy(() -> H2Encryption.decrypt(folder, "wrong".toCharArray()))
                .isInstanceOfSatisfying(DatabaseUnavailableException.class, refused ->
                        assertThat(refused.problem().key()).isEqualTo("error.database-wrong-passphrase"));

        assertThat(digest(folder.resolve(H2PlanDatabase.FILE))).isEqualTo(before);
        try (H2PlanDatabase database = open(PASSPHRASE)) {
            assertThat(database.<Long>read(store -> store.workItems().count())).isPositive();
        }
    }

    @Test
    void backupsOfAnEncryptedDatabaseAreEncryptedAndVerified() throws IOException {
        storePlainPlan();
        H2Encryption.encrypt(folder, PASSPHRASE);
        Backup backup;
        try (H2PlanDatabase database = open(PASSPHRASE)) {
            backup = database.backups().orElseThrow().create(BackupReason.MANUAL);
        }
        assertThat(backup.items()).isEqualTo(30);
        Path zip = backup.file();
        assertThat(zip).exists();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            assertThat(in.getNextEntry()).isNotNull();
            assertThat(contains(in.readAllBytes(), SECRET)).isFalse();
        }
    }

    @Test
    void aDecryptedDatabaseOpensWithoutAPassphrase() {
        long items = storePlainPlan();
        H2Encryption.encrypt(folder, PASSPHRASE);

        H2Encryption.decrypt(folder, PASSPHRASE);

        assertThat(H2Encryption.isEncrypted(folder)).isFalse();
        assertThat(folder.resolve(DatabaseKey.FILE)).doesNotExist();
        try (H2PlanDatabase database = open(null)) {
            assertThat(database.<Long>read(store -> store.workItems().count())).isEqualTo(items);
        }
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    /** The names of the files in a folder (not of subfolders such as the backups). */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
        }
    }
}
