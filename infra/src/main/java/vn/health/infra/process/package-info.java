/** Starting OS processes, waiting until they are ready, and stopping them cleanly. */
package vn.health.infra.process;
