/** JMH benchmarks of the engine; run by hand as the README says, never by the test suite. */
package dev.cloudblog.benchmarks;
