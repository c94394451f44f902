package org.coplan.ui.instance;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a second {@code coplan} asks of the one already running on the same plan database: come to the front
 * and, when a plan package was given, offer to import it.
 *
 * @param packageFile an absolute path, or empty to come to the front only
 */
public record InstanceRequest(Optional<Path> packageFile) {

    public InstanceRequest {
        Objects.requireNonNull(packageFile, "packageFile");
    }

    public static InstanceRequest activate() {
        return new InstanceRequest(Optional.empty());
    }

    public static InstanceRequest open(Path packageFile) {
        return new InstanceRequest(Optional.of(packageFile));
    }
}
