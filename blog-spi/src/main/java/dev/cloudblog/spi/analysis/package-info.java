/** The analysis SPI: analyzers whose facets merge into one report. */
package dev.cloudblog.spi.analysis;
