package org.coplan.ui.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where the running Coplan listens: a loopback port and the token a request must bring, so that no other
 * program that happens to find the port can make the window import a file.
 */
record InstanceAddress(int port, String token) {

    /** Written whole or not at all: a second Coplan must never read half an address. */
    void write(Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.writeString(partial, port + " " + token + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<InstanceAddress> read(Path file) {
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new InstanceAddress(Integer.parseInt(parts[0]), parts[1]));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
