package org.coplan.ui.main;

import java.util.function.Supplier;
import org.coplan.l10n.Messages;
import org.coplan.service.port.DatabaseUnavailableException;
import org.coplan.service.port.PlanDatabase;
import org.coplan.service.sample.SamplePlan;

/**
 * What happens before the main window can show a plan: open the database and, when it holds no programme
 * yet, load the sample plan. Runs off the JavaFX thread. A database that cannot be opened (most often
 * because another Coplan has it open) is an {@link Outcome.Refused} with a sentence for the user, never an
 * exception with a stack trace.
 */
public final class Startup {

    private final Supplier<PlanDatabase> opener;
    private final Messages messages;

    public Startup(Supplier<PlanDatabase> opener, Messages messages) {
        this.opener = opener;
        this.messages = messages;
    }

    /** How the start went. */
    public sealed interface Outcome {

        /**
         * The database is open.
         *
         * @param sampleLoaded  whether it was empty and now holds the sample plan
         * @param sampleFailure why loading the sample failed, or {@code null}; the database is usable anyway
         */
        record Ready(PlanDatabase database, boolean sampleLoaded, Throwable sampleFailure) implements Outcome {
        }

        /** The database cannot be used; {@code message} says why in the user's language. */
        record Refused(String message) implements Outcome {
        }
    }

    public Outcome run() {
        PlanDatabase database;
        try {
            database = opener.get();
        } catch (DatabaseUnavailableException unavailable) {
            return new Outcome.Refused(messages.text(unavailable.problem()));
        }
        try {
            boolean loaded = new SamplePlan(database).loadIfEmpty();
            return new Outcome.Ready(database, loaded, null);
        } catch (DatabaseUnavailableException unavailable) {
            database.close();
            return new Outcome.Refused(messages.text(unavailable.problem()));
        } catch (RuntimeException sampleFailed) {
            // the sample is a convenience: an empty plan is still a working plan
            return new Outcome.Ready(database, false, sampleFailed);
        }
    }
}
