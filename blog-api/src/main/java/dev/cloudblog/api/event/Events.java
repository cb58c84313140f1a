package dev.cloudblog.api.event;

/**
 * Subscriptions to blog events. Each listener gets every event the blog relays from its outbox
 * after it subscribed, in commit order, on a thread of the blog; a slow or failing listener never
 * holds up another. Listeners that must also see what a crash left in the outbox are registered on
 * the builder ({@code CloudBlog.builder().listener(...)}), before the outbox is replayed.
 *
 * <pre>{@code
 * try (Subscription s = blog.events().subscribe("webhooks", event -> webhooks.send(event))) {
 *     ...
 * }
 * }</pre>
 */
public interface Events {

    /**
     * Registers a listener.
     *
     * @param name     a short name for logs and metrics, unique among the current subscriptions
     * @param listener the listener
     * @throws IllegalArgumentException if the name is blank or already subscribed
     */
    Subscription subscribe(String name, BlogEventListener listener);
}
