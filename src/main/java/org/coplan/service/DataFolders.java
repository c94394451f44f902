package org.coplan.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Coplan keeps a user's plan database unless told otherwise, by each platform's convention: the XDG
 * data folder on Linux and other Unixes, the roaming application data on Windows, Application Support on
 * macOS.
 */
public final class DataFolders {

    private static final String FOLDER_NAME_UNIX = "coplan";
    private static final String FOLDER_NAME_DESKTOP = "Coplan";

    private DataFolders() {
    }

    /** The default folder of the plan database for the user running this process. */
    public static Path defaultDatabaseFolder() {
        return defaultDatabaseFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The same, for a given operating system name, environment and home folder (for tests). */
    public static Path defaultDatabaseFolder(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(FOLDER_NAME_DESKTOP);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve(FOLDER_NAME_DESKTOP);
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        Path base = isSet(xdgDataHome) && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : home.resolve(".local").resolve("share");
        return base.resolve(FOLDER_NAME_UNIX);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
