package org.coplan.exchange;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coplan.service.port.SyncDatabase;
import org.coplan.service.port.SyncStore;
import org.coplan.service.sync.KeyFingerprint;
import org.coplan.service.sync.ReplicaInfo;

/**
 * Imports a signed package (ADR 0008, "Signatures"): the sender's key is compared with the one recorded for
 * it, a first key is recorded, and a changed key refuses the package unless the user accepts the new key. The
 * check, the merge ({@link PackageImport}), the recording and the closing of conflicts that the package's
 * changes decided are one transaction, so a refused or failed import records no key either.
 */
public final class TrustedImport {

    /** What the import did, and who signed the package. */
    public record Outcome(PackageSigner signer, ImportReport report) {
    }

    private final SyncDatabase database;
    private final Supplier<UUID> ids;

    public TrustedImport(SyncDatabase database, Supplier<UUID> ids) {
        this.database = Objects.requireNonNull(database, "database");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @param acceptNewKey import even when the sender is known here under another key, and record the new one
     * @throws PackageRefusedException as {@link PackageImport#apply}, or when the sender's key changed and
     *                                 {@code acceptNewKey} is not given
     */
    public Outcome apply(SignedPackage signed, boolean dryRun, boolean acceptNewKey) {
        PackageSigner[] signer = new PackageSigner[1];
        SyncDatabase checked = new SyncDatabase() {
            @Override
            public <T> T readSync(Function<SyncStore, T> work) {
                return database.readSync(work);
            }

            @Override
            public <T> T writeSync(Function<SyncStore, T> work) {
                return database.writeSync(store -> {
                    signer[0] = signerOf(store, signed);
                    if (signer[0].status() == PackageSigner.KeyStatus.CHANGED && !acceptNewKey) {
                        throw PackageReader.refused("exchange.refused.key-changed", signer[0].name(),
                                signer[0].previousFingerprint(), signer[0].fingerprint());
                    }
                    T result = work.apply(store);
                    if (!dryRun) {
                        // the merge has registered the sender by now; its key is recorded beside it
                        store.keys().recordKey(signed.plan().sender().id(), signed.signerKey());
                        // a decision made elsewhere closes the same conflict here
                        store.conflictRecords().closeDecided();
                    }
                    return result;
                });
            }
        };
        ImportReport report = new PackageImport(checked, ids).apply(signed.plan(), dryRun);
        return new Outcome(signer[0], report);
    }

    private static PackageSigner signerOf(SyncStore store, SignedPackage signed) {
        ReplicaInfo sender = signed.plan().sender();
        byte[] key = signed.signerKey();
        String fingerprint = KeyFingerprint.of(key);
        Optional<byte[]> recorded = store.keys().knownKey(sender.id());
        if (recorded.isEmpty()) {
            return new PackageSigner(sender.id(), sender.name(), PackageSigner.KeyStatus.NEW, fingerprint, null);
        }
        if (Arrays.equals(recorded.get(), key)) {
            return new PackageSigner(sender.id(), sender.name(), PackageSigner.KeyStatus.KNOWN, fingerprint, null);
        }
        return new PackageSigner(sender.id(), sender.name(), PackageSigner.KeyStatus.CHANGED, fingerprint,
                KeyFingerprint.of(recorded.get()));
    }
}
