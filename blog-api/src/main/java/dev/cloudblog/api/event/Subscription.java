package dev.cloudblog.api.event;

/** A listener's registration; closing it stops further deliveries. */
public interface Subscription extends AutoCloseable {

    /** The name the listener was registered under, as used in logs and metrics. */
    String name();

    /** Number of events received but not yet handled successfully by the listener. */
    int backlog();

    @Override
    void close();
}
