/** The default cache, {@code caffeine}. */
package dev.cloudblog.core.cache;
