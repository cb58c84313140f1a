/** The default post store, {@code memory}. */
package dev.cloudblog.core.store;
