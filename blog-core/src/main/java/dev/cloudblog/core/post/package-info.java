/** The post lifecycle: validation, derivation, slugs, cursors and revision diffs. */
package dev.cloudblog.core.post;
