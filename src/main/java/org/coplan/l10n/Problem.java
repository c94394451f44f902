package org.coplan.l10n;

import java.util.List;

/**
 * A message to show a person, as a bundle key and its arguments, so the layer that raises it need not
 * know the user's language. {@link #englishText()} is what logs and the command line print.
 */
public record Problem(String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    /** Creates a problem; every key passed here must exist in every messages bundle (see the test). */
    public static Problem tr(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }

    public String englishText() {
        return Messages.english().tr(key, arguments.toArray());
    }

    public String text(Messages messages) {
        return messages.tr(key, arguments.toArray());
    }
}
