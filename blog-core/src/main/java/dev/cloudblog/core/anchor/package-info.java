/** The default anchor, {@code local}: signed checkpoints kept as files. */
package dev.cloudblog.core.anchor;
