package org.coplan.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Which file an open database writes to. On Linux and macOS a file can be deleted or replaced (by a sync
 * client, a restore, a careless command) while H2 keeps writing into the old one, which nobody will see
 * again; comparing the file's key (device and inode) before each edit notices it before an edit is
 * acknowledged. Where the system has no file keys (Windows, which does not let an open file go anyway) it
 * never reports a change.
 */
final class FileIdentity {

    private final Path file;
    private final Object key;

    private FileIdentity(Path file, Object key) {
        this.file = file;
        this.key = key;
    }

    static FileIdentity of(Path file) {
        return new FileIdentity(file, keyOf(file));
    }

    /** False when the path holds no file any more, or another file than the one opened. */
    boolean stillThere() {
        if (key == null) {
            return true;
        }
        try {
            return key.equals(Files.readAttributes(file, BasicFileAttributes.class).fileKey());
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException unreadable) {
            // whatever stops us reading its attributes, H2 will meet too and report in its own words
            return true;
        }
    }

    private static Object keyOf(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException unreadable) {
            return null;
        }
    }
}
