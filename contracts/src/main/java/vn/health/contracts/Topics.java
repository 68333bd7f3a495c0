package vn.health.contracts;

/** Kafka topic names. The suffix is the contract version: add fields, never change meaning. */
public final class Topics {

	public static final String PLANS = "plans.v1";

	/** Compacted: the latest {@code UnitUpserted} per unit id is the directory. */
	public static final String DIRECTORY_UNITS = "directory.units.v1";

	public static final String REPORTING = "reporting.v1";

	public static final String CALENDAR = "calendar.v1";

	public static final String NOTIFICATIONS = "notifications.v1";

	private Topics() {
	}

	/** Dead-letter topic of one consumer group: {@code <topic>.<consumer-group>.dlq}. */
	public static String deadLetter(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + ".dlq";
	}

}
