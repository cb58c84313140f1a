/**
 * Locks for work that one node at a time must do: the default {@code local} lock service and
 * {@link dev.cloudblog.core.lock.ExclusiveTask}, which the engine wraps around scheduled publishing
 * and checkpointing.
 */
package dev.cloudblog.core.lock;
