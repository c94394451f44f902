package org.coplan.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coplan.domain.Ids;
import org.coplan.domain.WorkItem;
import org.coplan.service.sync.ReplicaKey;
import org.junit.jupiter.api.Test;

/** Packages are signed by their sender; import records a sender's key on first use and notices a changed one. */
class PackageSignatureTest {

    private static TrustedImport.Outcome trustedImport(TestReplica into, byte[] bytes, boolean dryRun,
                                                       boolean acceptNewKey) {
        return new TrustedImport(into.database, Ids::newId)
                .apply(PackageReader.readSigned(bytes, "test.coplan"), dryRun, acceptNewKey);
    }

    private static void rename(TestReplica replica, UUID itemId, String name) {
        replica.database.writeVoid(store -> {
            WorkItem item = store.workItems().find(itemId).orElseThrow();
            store.workItems().update(item, item.withName(name));
        });
    }

    @Test
    void theFirstPackageOfAReplicaBringsANewKeyAndLaterOnesAKnownKey() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            UUID item = SmallPlan.store(anna.database, 2).getFirst().id();
            ReplicaKey annasKey = new PackageExport(anna.database, Clock.systemUTC()).signingKey();

            TrustedImport.Outcome first = trustedImport(boris, anna.export(true), false, false);
            rename(anna, item, "Second round");
            TrustedImport.Outcome second = trustedImport(boris, anna.export(false), false, false);

            assertThat(first.signer().status()).isEqualTo(PackageSigner.KeyStatus.NEW);
            assertThat(first.signer().name()).startsWith("anna@");
            assertThat(second.signer().status()).isEqualTo(PackageSigner.KeyStatus.KNOWN);
            assertThat(second.signer().fingerprint()).isEqualTo(first.signer().fingerprint());
            byte[] recorded = boris.database.readSync(store -> store.keys().knownKey(annasKey.replica()).orElseThrow());
            assertThat(recorded).isEqualTo(annasKey.publicKey());
        }
    }

    @Test
    void aReplicaSignsEveryPackageWithTheSameKeyAndItsPrivateHalfNeverTravels() {
        try (TestReplica anna = new TestReplica("anna")) {
            SmallPlan.store(anna.database, 1);
            PackageExport export = new PackageExport(anna.database, Clock.systemUTC());

            ReplicaKey first = export.signingKey();
            byte[] bytes = export.bytes(true);

            assertThat(export.signingKey()).isEqualTo(first);
            assertThat(PackageReader.readSigned(bytes, "anna.coplan").signerKey()).isEqualTo(first.publicKey());
            byte[] secret = Arrays.copyOfRange(first.privateKey(), first.privateKey().length - 32,
                    first.privateKey().length);
            assertThat(indexOf(bytes, secret)).isNegative();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aChangedKeyOfAKnownReplicaIsRefusedAndChangesNothingUnlessAccepted() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            UUID item = SmallPlan.store(anna.database, 2).getFirst().id();
            trustedImport(boris, anna.export(true), false, false);
            UUID annaId = anna.database.readSync(store -> store.localReplica().id());
            // what an impostor, or a replica whose key was lost and made again, would send
            anna.database.writeSync(store -> {
                store.keys().storeOwnKey(PackageSigning.generate(annaId));
                return null;
            });
            rename(anna, item, "Under a new key");
            byte[] bytes = anna.export(false);
            List<String> before = boris.dump();

            assertThatThrownBy(() -> trustedImport(boris, bytes, false, false))
                    .isInstanceOfSatisfying(PackageRefusedException.class, refused ->
                            assertThat(refused.problem().key()).isEqualTo("exchange.refused.key-changed"));
            assertThat(boris.dump()).isEqualTo(before);

            TrustedImport.Outcome accepted = trustedImport(boris, bytes, false, true);
            TrustedImport.Outcome again = trustedImport(boris, bytes, false, false);

            assertThat(accepted.signer().status()).isEqualTo(PackageSigner.KeyStatus.CHANGED);
            assertThat(accepted.signer().previousFingerprint()).isNotEqualTo(accepted.signer().fingerprint());
            assertThat(boris.dump()).contains("work_item/" + item + "/name=\"Under a new key\"");
            assertThat(again.signer().status()).isEqualTo(PackageSigner.KeyStatus.KNOWN);
        }
    }

    @Test
    void aDryRunRecordsNoKey() {
        try (TestReplica anna = new TestReplica("anna"); TestReplica boris = new TestReplica("boris")) {
            SmallPlan.store(anna.database, 1);
            byte[] bytes = anna.export(true);

            trustedImport(boris, bytes, true, false);

            assertThat(trustedImport(boris, bytes, false, false).signer().status())
                    .isEqualTo(PackageSigner.KeyStatus.NEW);
        }
    }

    @Test
    void aPackageSignedByAnotherKeyThanItCarriesIsRefused() {
        try (TestReplica anna = new TestReplica("anna")) {
            SmallPlan.store(anna.database, 1);
            byte[] bytes = anna.export(true);
            // the carried public key swapped for another: the signature no longer verifies
            byte[] other = PackageSigning.generate(UUID.randomUUID()).publicKey();
            System.arraycopy(other, 0, bytes, bytes.length - 96, 32);

            assertThatThrownBy(() -> PackageReader.readSigned(bytes, "swapped.coplan"))
                    .isInstanceOfSatisfying(PackageRefusedException.class, refused ->
                            assertThat(refused.problem().key()).isEqualTo("exchange.refused.bad-signature"));
        }
    }
}
