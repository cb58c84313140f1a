/** The search SPI: a full-text index kept in step with the store. */
package dev.cloudblog.spi.search;
