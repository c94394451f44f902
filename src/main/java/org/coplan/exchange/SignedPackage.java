package org.coplan.exchange;

import java.util.Objects;

/**
 * A package whose signature has been checked against the public key it carries. Who that key belongs to is
 * decided on import, against the keys this replica has recorded ({@link TrustedImport}).
 */
public record SignedPackage(PlanPackage plan, byte[] signerKey) {

    public SignedPackage {
        Objects.requireNonNull(plan, "plan");
        signerKey = signerKey.clone();
    }

    @Override
    public byte[] signerKey() {
        return signerKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedPackage signed && plan.equals(signed.plan)
                && java.util.Arrays.equals(signerKey, signed.signerKey);
    }

    @Override
    public int hashCode() {
        return plan.hashCode() * 31 + java.util.Arrays.hashCode(signerKey);
    }

    @Override
    public String toString() {
        return "SignedPackage[" + plan.sender() + ", " + plan.changes().size() + " changes]";
    }
}
