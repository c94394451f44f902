package org.coplan.ui.common;

import java.util.Objects;

/** The last thing the status bar says, and whether it is a plain note or an error the user should notice. */
public record StatusMessage(String text, Severity severity) {

    public static final StatusMessage NONE = new StatusMessage("", Severity.INFO);

    public enum Severity { INFO, ERROR }

    public StatusMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(severity, "severity");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
