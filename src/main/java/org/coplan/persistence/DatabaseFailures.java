package org.coplan.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.coplan.domain.PlanRuleViolation;
import org.coplan.l10n.Problem;
import org.coplan.service.port.DatabaseUnavailableException;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.jooq.exception.DataAccessException;

/**
 * Turns what H2, Flyway and the file system throw into messages a planner understands, naming the
 * database's place: already open elsewhere, read-only, disk full, refused by a rule of the schema.
 */
final class DatabaseFailures {

    private final Object place;

    /** @param place the folder, or the name of an in-memory database, as the messages show it */
    DatabaseFailures(Object place) {
        this.place = place;
    }

    DatabaseUnavailableException locked(Throwable cause) {
        return new DatabaseUnavailableException(Problem.tr("error.database-locked", place), cause);
    }

    DatabaseUnavailableException newer(String storedVersion, String knownVersion) {
        return new DatabaseUnavailableException(
                Problem.tr("error.database-newer", place, storedVersion, knownVersion), null);
    }

    DatabaseUnavailableException cannotOpen(Throwable cause) {
        return new DatabaseUnavailableException(Problem.tr("error.database-cannot-open", place, reason(cause)), cause);
    }

    DatabaseUnavailableException readOnly() {
        return new DatabaseUnavailableException(
                Problem.tr("error.database-cannot-open", place, Problem.tr("error.database-read-only")), null);
    }

    /** Any failure while opening: the lock held by another process, or why the files cannot be used. */
    DatabaseUnavailableException opening(Throwable failure) {
        if (failure instanceof DatabaseUnavailableException known) {
            return known;
        }
        if (h2Code(failure).orElse(0) == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return locked(failure);
        }
        return cannotOpen(failure);
    }

    /**
     * A failure while opening an encrypted database: H2 says a wrong key either as a failed decryption or as a
     * wrong password, depending on where the first bytes it cannot decrypt lie; both mean the passphrase.
     */
    DatabaseUnavailableException openingEncrypted(Throwable failure) {
        int code = h2Code(failure).orElse(0);
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD
                || code == ErrorCode.FILE_CORRUPTED_1) {
            return new DatabaseUnavailableException(Problem.tr("error.database-wrong-passphrase", place), failure);
        }
        return opening(failure);
    }

    /**
     * A failure inside a transaction (already rolled back): a broken constraint becomes a rule violation
     * the editor can show; a file problem makes the database unavailable; anything else is a bug and stays.
     */
    RuntimeException duringWork(DataAccessException failure) {
        String state = failure.sqlState();
        if (state != null && state.startsWith("23")) {
            PlanRuleViolation violation = switch (state) {
                case "23505" -> PlanRuleViolation.of("rule.database-duplicate");
                case "23506" -> PlanRuleViolation.of("rule.database-missing-reference");
                case "23503" -> PlanRuleViolation.of("rule.database-still-referenced");
                default -> PlanRuleViolation.of("rule.database-check");
            };
            violation.initCause(failure);
            return violation;
        }
        int code = h2Code(failure).orElse(0);
        if (failedOnTheFile(failure) || code == ErrorCode.DATABASE_IS_READ_ONLY || code == ErrorCode.IO_EXCEPTION_1
                || code == ErrorCode.IO_EXCEPTION_2 || code == ErrorCode.DATABASE_IS_CLOSED
                || code == ErrorCode.FILE_CORRUPTED_1) {
            return new DatabaseUnavailableException(
                    Problem.tr("error.database-cannot-write", place, reason(failure)), failure);
        }
        return failure;
    }

    /** Why the files cannot be used, in words where we recognise the cause, else the system's own message. */
    static Object reason(Throwable failure) {
        String deepest = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (cause instanceof AccessDeniedException
                    || cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY
                    || message.contains("read-only file system") || message.contains("permission denied")
                    || message.contains("access is denied")) {
                return Problem.tr("error.database-read-only");
            }
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full")) {
                return Problem.tr("error.database-disk-full");
            }
            if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException
                    || message.contains("not a directory")) {
                return Problem.tr("error.database-not-a-folder");
            }
            if (cause.getMessage() != null) {
                deepest = cause.getMessage().lines().findFirst().orElse("");
            }
        }
        return deepest != null ? deepest : failure.getClass().getSimpleName();
    }

    /** The store could not write its file (H2 reports it as a general error around the I/O failure). */
    private static boolean failedOnTheFile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof MVStoreException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Integer> h2Code(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() >= 90000) {
                return Optional.of(sql.getErrorCode());
            }
        }
        return Optional.empty();
    }
}
