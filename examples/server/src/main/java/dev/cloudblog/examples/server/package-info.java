/**
 * The blog as an HTTP service: {@link dev.cloudblog.examples.server.BlogServer} starts Javalin on
 * Jetty with the REST API under {@code /api/v1} (posts, search, analysis, verification, users and
 * the audit log), health, Prometheus metrics and the OpenAPI document. Access tokens are HS256
 * JWTs, passwords bcrypt hashes, errors RFC 9457 problems; writes name the version they change in
 * {@code If-Match}; public responses carry validators, cache headers and surrogate keys.
 */
package dev.cloudblog.examples.server;
