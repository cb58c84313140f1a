/**
 * The cloudblog SPI: what providers implement. Each capability has one entry point extending
 * {@link dev.cloudblog.spi.Provider}, found with {@link java.util.ServiceLoader}; providers read
 * settings, time, threads and metrics from the {@link dev.cloudblog.spi.ProviderContext}.
 */
package dev.cloudblog.spi;
