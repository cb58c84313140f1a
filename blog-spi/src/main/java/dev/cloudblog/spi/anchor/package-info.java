/** The anchoring SPI: checkpoints recorded outside the blog. */
package dev.cloudblog.spi.anchor;
