/**
 * Search through a provider's index, kept in step with the store by replaying the revision log
 * from the index's marker, and rebuilt from the store when the index is missing, corrupt, of
 * another store or far behind.
 */
package dev.cloudblog.core.search;
