/** The cache SPI: posts cached by id and slug in front of the store. */
package dev.cloudblog.spi.cache;
