/** Content analysis: reports merged from every active analyzer. */
package dev.cloudblog.api.analysis;
