/**
 * Platform metrics shared by every service: events published and consumed, outbox backlog, relay failures and
 * dead letters. Exposed at {@code /actuator/prometheus}; the alert rules and the Grafana dashboard in
 * {@code infra/} query them (see {@code docs/operations.md}).
 */
package vn.health.servicekit.metrics;
