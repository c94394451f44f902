package org.coplan.cli;

import java.nio.file.Path;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.service.port.PlanDatabase;

/** Opens the plan database in a folder; given by the composition root so commands never see persistence. */
@FunctionalInterface
public interface DatabaseOpener {

    /** @throws org.coplan.service.port.DatabaseUnavailableException when it is locked or cannot be used */
    PlanDatabase open(Path folder);

    /**
     * Encrypts the closed database in {@code folder} under {@code passphrase} (docs/threat-model.md); an opener
     * that cannot encrypt (a test double) refuses.
     */
    default void encrypt(Path folder, char[] passphrase) {
        throw PlanRuleViolation.of("cli.db.encryption-unavailable");
    }

    /** Decrypts the closed database in {@code folder}; the passphrase must open it. */
    default void decrypt(Path folder, char[] passphrase) {
        throw PlanRuleViolation.of("cli.db.encryption-unavailable");
    }
}
