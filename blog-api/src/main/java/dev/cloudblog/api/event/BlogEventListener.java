package dev.cloudblog.api.event;

/**
 * Receives events. A listener that throws gets the same event again later, with growing delays,
 * until it succeeds; later events wait for it, and other listeners go on undisturbed.
 */
@FunctionalInterface
public interface BlogEventListener {

    /** Handles one event; throwing asks for it to be delivered again. */
    void onEvent(BlogEvent event) throws Exception;
}
