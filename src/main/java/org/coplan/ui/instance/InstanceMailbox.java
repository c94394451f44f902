package org.coplan.ui.instance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Holds the requests that arrive before the window can take them (the plan package named on the command
 * line, or one forwarded while the database is still opening) and hands every request to the window once it
 * is ready. Thread-safe: requests arrive on the listening thread, the window subscribes on its own.
 */
public final class InstanceMailbox {

    private final List<InstanceRequest> waiting = new ArrayList<>();
    private Consumer<InstanceRequest> receiver;

    // the receiver only queues the request for the window's thread, so calling it under the lock is cheap
    // and keeps the requests in the order they came
    public synchronized void post(InstanceRequest request) {
        Objects.requireNonNull(request, "request");
        if (receiver == null) {
            waiting.add(request);
        } else {
            receiver.accept(request);
        }
    }

    /** From now on every request goes to {@code receiver}, starting with those that waited, in order. */
    public synchronized void deliverTo(Consumer<InstanceRequest> receiver) {
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        waiting.forEach(receiver);
        waiting.clear();
    }
}
