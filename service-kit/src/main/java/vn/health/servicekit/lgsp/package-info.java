/** Gửi lên LGSP — a persistent outbox of sends to the province's Local Government Service Platform, swept through Resilience4j. */
package vn.health.servicekit.lgsp;
