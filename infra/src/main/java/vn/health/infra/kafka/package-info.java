/** A single-node Apache Kafka broker in KRaft mode, run from the Kafka jars. */
package vn.health.infra.kafka;
