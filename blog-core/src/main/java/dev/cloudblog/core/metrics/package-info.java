/** Micrometer meters of the engine, all named under {@code blog.}. */
package dev.cloudblog.core.metrics;
