/**
 * The {@code ml} analyzer on DeepLearning4J: learned sentiment, tag suggestions and related posts
 * learned from the blog's own posts, every model versioned in a
 * {@link dev.cloudblog.providers.ml.ModelRegistry}, and drift watched against the training data.
 * Configured by {@code blog.ml.*} settings (see the README).
 */
package dev.cloudblog.providers.ml;
