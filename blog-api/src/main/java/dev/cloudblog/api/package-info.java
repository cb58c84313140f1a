/**
 * The cloudblog API: the {@link dev.cloudblog.api.Blog} facade a host application calls, and the
 * exceptions it throws, all rooted at {@link dev.cloudblog.api.BlogException}. This module depends
 * on the JDK only.
 */
package dev.cloudblog.api;
