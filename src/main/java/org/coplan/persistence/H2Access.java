package org.coplan.persistence;

/**
 * How H2 is told to open a database file: plain, or encrypted with AES under the key {@link DatabaseKey}
 * derived from the passphrase. H2 takes the file password and the user's password in one string, separated by
 * a space; the user's password is empty, as it always was.
 */
record H2Access(String urlOptions, String password) {

    static final H2Access PLAIN = new H2Access("", "");

    static H2Access encrypted(String fileKey) {
        return new H2Access(";CIPHER=AES", fileKey + " ");
    }

    boolean isEncrypted() {
        return !urlOptions.isEmpty();
    }
}
