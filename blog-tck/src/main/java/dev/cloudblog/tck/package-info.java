/**
 * Contract kits: abstract JUnit 5 test classes that every provider of a capability extends with
 * one small subclass ({@link dev.cloudblog.tck.PostStoreKit}, {@link dev.cloudblog.tck.PostCacheKit}),
 * and the fixtures they share.
 */
package dev.cloudblog.tck;
