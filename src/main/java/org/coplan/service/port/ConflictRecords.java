package org.coplan.service.port;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coplan.service.sync.ConflictSides;

/**
 * The conflicts of one transaction's replica as the user works through them (ADR 0008): the open ones with both
 * sides, and a decision, which is an ordinary edit made here so that it travels in the next package.
 */
public interface ConflictRecords {

    /** The open conflicts, oldest first; a conflict whose change is not held any more is left out. */
    List<ConflictSides> open();

    Optional<ConflictSides> find(UUID conflictId);

    /**
     * Sets the conflict's field to {@code value} as an edit made here (logged over the field's deciding change,
     * so it supersedes both sides everywhere) and closes the conflict. The edit is logged even when the value is
     * already shown: the decision has to travel.
     *
     * @throws UnfitValueException when the value does not fit the field any more
     */
    void keep(UUID conflictId, String value);

    /** Closes a conflict without an edit: the plan already shows the kept side (a delete that is kept). */
    void close(UUID conflictId);

    /**
     * Closes the open conflicts that a held change has decided elsewhere: an update of the conflict's field made
     * over one of its two sides, stamped after both, by a replica that had acknowledged both.
     *
     * @return how many were closed
     */
    int closeDecided();
}
