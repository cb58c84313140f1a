/**
 * Sentence-level sentiment with VADER (Hutto and Gilbert, ICWSM 2014): a Java port of the reference
 * Python implementation, vaderSentiment 3.3.2, with its MIT-licensed lexicon bundled as a resource.
 * Start with {@link dev.cloudblog.core.analysis.sentiment.VaderSentiment#english()}.
 */
package dev.cloudblog.core.analysis.sentiment;
