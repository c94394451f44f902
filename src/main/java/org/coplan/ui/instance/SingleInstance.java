package org.coplan.ui.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Coplan window per plan database. The first Coplan locks {@value #LOCK_FILE} in the database folder and
 * listens on a loopback port, written with a random token to {@value #ADDRESS_FILE}; a second one finds the
 * lock taken, sends its request (a plan package to import, or just "come to the front") to that port and
 * exits. The lock, not the address file, says whether a Coplan runs: the system releases it when the
 * process dies, so a stale address file is simply overwritten by the next first Coplan.
 */
public final class SingleInstance {

    static final String LOCK_FILE = "instance.lock";
    static final String ADDRESS_FILE = "instance.address";
    static final String GREETING = "coplan-instance-1";
    static final String ACTIVATE = "activate";
    static final String OPEN = "open ";
    static final String ACCEPTED = "ok";
    private static final Duration RETRY = Duration.ofMillis(100);

    private final Path folder;

    public SingleInstance(Path databaseFolder) {
        this.folder = Objects.requireNonNull(databaseFolder, "databaseFolder");
    }

    /**
     * Becomes the Coplan of this database folder, unless another one already is.
     *
     * @param mailbox where the requests of later Coplans go
     * @return the running listener (close it when the window closes), or empty when another Coplan holds the
     *         folder
     * @throws IOException when the folder cannot be created or the lock file cannot be written
     */
    public Optional<InstanceListener> claim(InstanceMailbox mailbox) throws IOException {
        Files.createDirectories(folder);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        } catch (IOException failed) {
            channel.close();
            throw failed;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        try {
            return Optional.of(InstanceListener.start(channel, folder.resolve(ADDRESS_FILE), mailbox));
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
    }

    /**
     * Hands the request to the Coplan that holds this folder, waiting up to {@code patience} for it to start
     * listening (it may be starting at this very moment).
     *
     * @return whether that Coplan took the request; false when none answered in time
     */
    public boolean forward(InstanceRequest request, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (tryForward(request)) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private boolean tryForward(InstanceRequest request) {
        Optional<InstanceAddress> address = InstanceAddress.read(folder.resolve(ADDRESS_FILE));
        if (address.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), address.get().port()), 2_000);
            socket.setSoTimeout(5_000);
            Writer writer = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            for (String line : List.of(GREETING + " " + address.get().token(), encode(request))) {
                writer.write(line);
                writer.write('\n');
            }
            writer.flush();
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return ACCEPTED.equals(reader.readLine());
        } catch (IOException notListening) {
            // an address left by a Coplan that died, or one that is still starting: the caller tries again
            return false;
        }
    }

    static String encode(InstanceRequest request) {
        return request.packageFile().map(file -> OPEN + file).orElse(ACTIVATE);
    }

    /** The request a line stands for, or empty when it is none (a path cannot hold a line break). */
    static Optional<InstanceRequest> decode(String line) {
        if (ACTIVATE.equals(line)) {
            return Optional.of(InstanceRequest.activate());
        }
        if (line != null && line.startsWith(OPEN) && line.length() > OPEN.length()) {
            try {
                Path file = Path.of(line.substring(OPEN.length()));
                return file.isAbsolute() ? Optional.of(InstanceRequest.open(file)) : Optional.empty();
            } catch (java.nio.file.InvalidPathException unusable) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
