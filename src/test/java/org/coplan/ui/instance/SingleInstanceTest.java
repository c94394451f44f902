package org.coplan.ui.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path folder;

    private final List<InstanceRequest> received = new CopyOnWriteArrayList<>();

    private InstanceMailbox mailbox() {
        InstanceMailbox mailbox = new InstanceMailbox();
        mailbox.deliverTo(received::add);
        return mailbox;
    }

    @Test
    void aSecondCoplanOnTheSameFolderHandsItsPackageToTheFirst() throws IOException {
        Path file = folder.resolve("from-minsk.coplan").toAbsolutePath();
        try (InstanceListener first = new SingleInstance(folder).claim(mailbox()).orElseThrow()) {
            SingleInstance second = new SingleInstance(folder);

            assertThat(second.claim(new InstanceMailbox())).isEmpty();
            assertThat(second.forward(InstanceRequest.open(file), Duration.ofSeconds(10))).isTrue();
        }

        assertThat(received).containsExactly(InstanceRequest.open(file));
    }

    @Test
    void withoutAFileTheSecondCoplanOnlyBringsTheFirstToTheFront() throws IOException {
        try (InstanceListener first = new SingleInstance(folder).claim(mailbox()).orElseThrow()) {
            assertThat(new SingleInstance(folder).forward(InstanceRequest.activate(), Duration.ofSeconds(10)))
                    .isTrue();
        }

        assertThat(received).containsExactly(InstanceRequest.activate());
    }

    @Test
    void onceTheFirstCoplanHasClosedTheNextOneBecomesTheFirst() throws IOException {
        new SingleInstance(folder).claim(mailbox()).orElseThrow().close();

        Optional<InstanceListener> next = new SingleInstance(folder).claim(new InstanceMailbox());

        assertThat(next).isPresent();
        next.get().close();
        assertThat(folder.resolve(SingleInstance.ADDRESS_FILE)).doesNotExist();
    }

    @Test
    void withNobodyListeningForwardingGivesUpAfterItsPatience() {
        boolean taken = new SingleInstance(folder).forward(InstanceRequest.activate(), Duration.ofMillis(300));

        assertThat(taken).isFalse();
    }

    @Test
    void anAddressLeftByACoplanThatDiedIsNotTakenForARunningOne() throws IOException {
        Files.writeString(folder.resolve(SingleInstance.ADDRESS_FILE), "1 0123456789abcdef\n");

        assertThat(new SingleInstance(folder).forward(InstanceRequest.activate(), Duration.ofMillis(300))).isFalse();
        try (InstanceListener first = new SingleInstance(folder).claim(mailbox()).orElseThrow()) {
            assertThat(new SingleInstance(folder).forward(InstanceRequest.activate(), Duration.ofSeconds(10)))
                    .isTrue();
        }
    }

    @Test
    void aRequestWithoutTheTokenIsIgnored() throws IOException {
        try (InstanceListener first = new SingleInstance(folder).claim(mailbox()).orElseThrow()) {
            Path address = folder.resolve(SingleInstance.ADDRESS_FILE);
            String port = Files.readString(address).split(" ")[0];
            Files.writeString(address, port + " not-the-token\n");

            assertThat(new SingleInstance(folder).forward(InstanceRequest.activate(), Duration.ofMillis(300)))
                    .isFalse();
        }
        assertThat(received).isEmpty();
    }

    @Test
    void requestsAreWrittenAsOneLineAndReadBack() {
        Path file = folder.resolve("пакет плана.coplan").toAbsolutePath();

        assertThat(SingleInstance.decode(SingleInstance.encode(InstanceRequest.open(file))))
                .contains(InstanceRequest.open(file));
        assertThat(SingleInstance.decode(SingleInstance.encode(InstanceRequest.activate())))
                .contains(InstanceRequest.activate());
        assertThat(SingleInstance.decode("open relative.coplan")).isEmpty();
        assertThat(SingleInstance.decode("delete everything")).isEmpty();
        assertThat(SingleInstance.decode(null)).isEmpty();
    }

    @Test
    void requestsThatCameBeforeTheWindowWasReadyAreDeliveredInOrder() {
        InstanceMailbox mailbox = new InstanceMailbox();
        InstanceRequest first = InstanceRequest.open(folder.resolve("a.coplan").toAbsolutePath());
        InstanceRequest second = InstanceRequest.activate();
        mailbox.post(first);
        mailbox.post(second);

        mailbox.deliverTo(received::add);
        InstanceRequest third = InstanceRequest.open(folder.resolve("b.coplan").toAbsolutePath());
        mailbox.post(third);

        assertThat(received).containsExactly(first, second, third);
    }
}
