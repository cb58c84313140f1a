/**
 * Events: the outbox relay to the bus, per-listener delivery with retries, and the default
 * {@code local} bus.
 */
package dev.cloudblog.core.event;
