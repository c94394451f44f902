package org.coplan.exchange;

import java.nio.charset.StandardCharsets;

/**
 * The constants of the plan-package format (docs/plan-package-format.md). The limits are checked before
 * anything is allocated for what a length field claims, so a hostile file cannot make us reserve gigabytes.
 */
final class PackageFormat {

    static final byte[] MAGIC = "COPLANPK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /** Magic, version (2 bytes) and content length (8 bytes). */
    static final int HEADER_LENGTH = MAGIC.length + 2 + 8;
    static final int DIGEST_LENGTH = 32;
    static final String DIGEST_ALGORITHM = "SHA-256";
    static final int SIGNATURE_LENGTH_FIELD = 2;
    /** The signature section: the sender's raw Ed25519 public key, then its signature of the digest. */
    static final int SIGNATURE_SECTION_LENGTH = PackageSigning.PUBLIC_KEY_LENGTH + PackageSigning.SIGNATURE_LENGTH;

    static final long MAX_CONTENT_LENGTH = 1L << 30;
    static final int MAX_STRING_BYTES = 400_000;
    static final int MAX_REPLICAS = 10_000;
    static final int MAX_CHANGES = 20_000_000;
    static final int MAX_FIELDS = 1_000;
    static final int MAX_SIGNATURE_LENGTH = 1_024;

    static final int KIND_INSERT = 1;
    static final int KIND_UPDATE = 2;
    static final int KIND_DELETE = 3;

    private PackageFormat() {
    }
}
