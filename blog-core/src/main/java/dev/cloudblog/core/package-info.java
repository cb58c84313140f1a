/**
 * The cloudblog engine: {@link dev.cloudblog.core.CloudBlog} opens a blog with the providers on the
 * classpath and the defaults it ships ({@code memory} store, {@code caffeine} cache, {@code local}
 * event bus).
 */
package dev.cloudblog.core;
