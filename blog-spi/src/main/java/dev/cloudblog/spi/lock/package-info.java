/** The lock SPI: named, expiring locks so that one node at a time does cluster-wide work. */
package dev.cloudblog.spi.lock;
