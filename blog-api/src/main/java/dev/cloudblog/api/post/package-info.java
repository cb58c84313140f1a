/**
 * Posts: the {@link dev.cloudblog.api.post.Posts} lifecycle, the {@link dev.cloudblog.api.post.Post}
 * and {@link dev.cloudblog.api.post.PostInput} records, queries with keyset pages, and revisions
 * with their diffs.
 */
package dev.cloudblog.api.post;
