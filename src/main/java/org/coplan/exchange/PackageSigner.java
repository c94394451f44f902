package org.coplan.exchange;

import java.util.Objects;
import java.util.UUID;

/**
 * Who signed an imported package, and how its key compares with what this replica recorded of that replica
 * (trust on first use, as SSH does with host keys).
 *
 * @param previousFingerprint the key recorded before, when it {@link KeyStatus#CHANGED changed}; else null
 */
public record PackageSigner(UUID replica, String name, KeyStatus status, String fingerprint,
                            String previousFingerprint) {

    public enum KeyStatus {
        /** The key this replica recorded for the sender. */
        KNOWN,
        /** The first package of the sender seen here: its key is recorded. */
        NEW,
        /** The sender is known here under another key: someone else may be using its name. */
        CHANGED
    }

    public PackageSigner {
        Objects.requireNonNull(replica, "replica");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
