/** The event bus SPI: carries committed events to every node. */
package dev.cloudblog.spi.event;
