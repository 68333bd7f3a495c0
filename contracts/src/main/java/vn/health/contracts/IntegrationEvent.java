package vn.health.contracts;

/** A fact one service publishes for others. Implementations are immutable records. */
public interface IntegrationEvent {

	/** The aggregate the event is about: the Kafka record key and the CloudEvents subject. */
	String aggregateId();

}
