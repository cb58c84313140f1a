/** Events: the sealed {@link dev.cloudblog.api.event.BlogEvent} hierarchy and subscriptions to it. */
package dev.cloudblog.api.event;
