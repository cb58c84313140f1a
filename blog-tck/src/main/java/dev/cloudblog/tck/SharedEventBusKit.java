package dev.cloudblog.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.event.BlogEvent;
import dev.cloudblog.spi.ProviderContext;
import dev.cloudblog.spi.event.EventBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link EventBus} that connects the nodes of a blog: everything
 * {@link EventBusKit} checks, and that buses created with the same settings but other node ids see
 * each other's events.
 */
public abstract class SharedEventBusKit extends EventBusKit {

    /** The node id of the second bus. */
    private static final String PEER_NODE_ID = "test-peer";

    private final List<EventBus> peers = new ArrayList<>();

    @AfterEach
    void closePeers() {
        peers.forEach(EventBus::close);
    }

    /** A bus on another node sharing this test's settings, closed after the test. */
    protected final EventBus peer() {
        ProviderContext here = context();
        EventBus peer = createBus(new ProviderContext(here.config(), here.clock(), here.executor(),
                here.meterRegistry(), PEER_NODE_ID));
        peers.add(peer);
        return peer;
    }

    @Test
    @DisplayName("an event published on one node reaches the subscribers of both nodes, in order")
    void eventsCrossNodes(Random random) throws Exception {
        EventBus other = peer();
        Recorder here = new Recorder();
        Recorder there = new Recorder();
        here.subscribeTo(bus);
        there.subscribeTo(other);
        List<BlogEvent> fromHere = randomEvents(random, 50);
        List<BlogEvent> fromThere = randomEvents(random, 50);

        fromHere.forEach(bus::publish);
        there.awaitCount(fromHere.size());
        fromThere.forEach(other::publish);

        List<BlogEvent> all = new ArrayList<>(fromHere);
        all.addAll(fromThere);
        here.awaitCount(all.size());
        there.awaitCount(all.size());
        assertThat(here.events).containsExactlyElementsOf(all);
        assertThat(there.events).containsExactlyElementsOf(all);
        closeAll(List.of(here, there));
    }
}
