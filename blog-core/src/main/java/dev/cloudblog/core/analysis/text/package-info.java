/** Text as analyses read it: a Markdown body's prose blocks, links and images; sentences; words. */
package dev.cloudblog.core.analysis.text;
