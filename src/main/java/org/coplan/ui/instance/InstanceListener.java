package org.coplan.ui.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The first Coplan's side of {@link SingleInstance}: holds the folder's lock and answers the requests of
 * later Coplans on a loopback port, one short connection each, posting them to the mailbox.
 */
public final class InstanceListener implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(InstanceListener.class.getName());

    private final FileChannel lock;
    private final Path addressFile;
    private final ServerSocket server;
    private final String token;
    private final InstanceMailbox mailbox;

    private InstanceListener(FileChannel lock, Path addressFile, ServerSocket server, String token,
                             InstanceMailbox mailbox) {
        this.lock = lock;
        this.addressFile = addressFile;
        this.server = server;
        this.token = token;
        this.mailbox = mailbox;
    }

    static InstanceListener start(FileChannel lock, Path addressFile, InstanceMailbox mailbox) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            new InstanceAddress(server.getLocalPort(), token).write(addressFile);
            InstanceListener listener = new InstanceListener(lock, addressFile, server, token, mailbox);
            // a daemon: a forgotten listener must never keep Coplan from exiting
            Thread.ofPlatform().daemon().name("coplan-instance-listener").start(listener::serve);
            return listener;
        } catch (IOException | RuntimeException failed) {
            server.close();
            throw failed;
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(5_000);
                answer(client);
            } catch (SocketException closed) {
                // close() shut the server socket: the window has closed
            } catch (IOException | RuntimeException failed) {
                LOG.log(Level.WARNING, "A request from another Coplan could not be read", failed);
            }
        }
    }

    private void answer(Socket client) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8));
        String greeting = reader.readLine();
        if (!(SingleInstance.GREETING + " " + token).equals(greeting)) {
            return;
        }
        Optional<InstanceRequest> request = SingleInstance.decode(reader.readLine());
        if (request.isEmpty()) {
            return;
        }
        mailbox.post(request.get());
        Writer writer = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        writer.write(SingleInstance.ACCEPTED + "\n");
        writer.flush();
    }

    /** Stops listening, removes the address and releases the lock: the next Coplan becomes the first. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing listens any more either way
        }
        try {
            Files.deleteIfExists(addressFile);
        } catch (IOException staleAddressStays) {
            // harmless: the lock is what counts, and the next Coplan overwrites the address
        }
        try {
            lock.close();
        } catch (IOException ignored) {
            // closing the channel releases the lock; the system releases it at exit anyway
        }
    }
}
