/** Full-text search over posts, filled by a search provider. */
package dev.cloudblog.api.search;
