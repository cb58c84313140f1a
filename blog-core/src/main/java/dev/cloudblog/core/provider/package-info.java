/** Discovery and selection of providers, as the design prescribes. */
package dev.cloudblog.core.provider;
