/** The post store SPI: durable posts, revisions, slugs and the event outbox. */
package dev.cloudblog.spi.store;
