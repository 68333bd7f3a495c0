package vn.health.gateway;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;

/**
 * The AsyncAPI 3.0 document of the platform's Kafka topics, made from {@code contracts} alone: a channel per
 * topic, a message per {@link EventType} (CloudEvents headers, the record as JSON payload, the aggregate id as
 * key) and a JSON schema per record, read from its components. {@code docs/asyncapi.yaml} is its output.
 */
final class AsyncApiDocument {

	private final Map<String, Object> schemas = new LinkedHashMap<>();

	static String yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		options.setWidth(120);
		return "# Generated from contracts by AsyncApiDocumentTests (gateway); do not edit by hand.\n"
				+ new Yaml(options).dump(new AsyncApiDocument().document());
	}

	private Map<String, Object> document() {
		Map<String, Object> channels = new LinkedHashMap<>();
		Map<String, Object> operations = new LinkedHashMap<>();
		Map<String, Object> messages = new LinkedHashMap<>();
		this.schemas.put("CloudEventHeaders", cloudEventHeaders());
		for (String topic : Arrays.stream(EventType.values()).map(EventType::topic).distinct().toList()) {
			List<EventType> types = Arrays.stream(EventType.values()).filter((type) -> type.topic().equals(topic)).toList();
			String channel = topic.replace('.', '-');
			Map<String, Object> channelMessages = new LinkedHashMap<>();
			for (EventType type : types) {
				String name = type.payloadType().getSimpleName();
				messages.put(name, message(type));
				channelMessages.put(name, ref("#/components/messages/" + name));
			}
			channels.put(channel, map("address", topic, "description", channelDescription(topic), "messages",
					channelMessages));
			operations.put("publish-" + channel, map("action", "send", "channel", ref("#/channels/" + channel),
					"messages", types.stream()
						.map((type) -> ref("#/channels/" + channel + "/messages/" + type.payloadType().getSimpleName()))
						.toList()));
		}
		return map("asyncapi", "3.0.0", "info",
				map("title", "Truyền thông Y tế — events", "version", "1",
						"description", "Events the platform's services publish on Kafka (CloudEvents 1.0, binary mode: "
								+ "attributes as ce_ headers, JSON payload, the aggregate id as key). A topic's suffix is "
								+ "its contract version: fields are added, never changed in meaning."),
				"defaultContentType", CloudEventHeaders.JSON, "servers",
				map("embedded", map("host", "127.0.0.1:9092", "protocol", "kafka", "description",
						"The broker ./platform starts (KAFKA_BOOTSTRAP elsewhere)")),
				"channels", channels, "operations", operations, "components",
				map("messages", messages, "schemas", this.schemas));
	}

	private Map<String, Object> message(EventType type) {
		Class<?> payload = type.payloadType();
		return map("name", type.typeName(), "title", payload.getSimpleName(), "contentType", CloudEventHeaders.JSON,
				"headers", ref("#/components/schemas/CloudEventHeaders"), "payload", schemaOf(payload), "bindings",
				map("kafka", map("key", map("type", "string", "description", "the aggregate id (ce_subject)"),
						"bindingVersion", "0.5.0")));
	}

	private Object schemaOf(Type type) {
		if (type instanceof ParameterizedType generic) {
			Type[] arguments = generic.getActualTypeArguments();
			if (generic.getRawType() == List.class) {
				return map("type", "array", "items", schemaOf(arguments[0]));
			}
			if (generic.getRawType() == Map.class && arguments[0] == String.class) {
				return map("type", "object", "additionalProperties", schemaOf(arguments[1]));
			}
		}
		if (type == String.class) {
			return map("type", "string");
		}
		if (type == int.class || type == Integer.class) {
			return map("type", "integer", "format", "int32");
		}
		if (type == long.class || type == Long.class) {
			return map("type", "integer", "format", "int64");
		}
		if (type == double.class || type == Double.class) {
			return map("type", "number", "format", "double");
		}
		if (type == boolean.class || type == Boolean.class) {
			return map("type", "boolean");
		}
		if (type == Instant.class) {
			return map("type", "string", "format", "date-time");
		}
		if (type == LocalDate.class) {
			return map("type", "string", "format", "date");
		}
		if (type == Duration.class) {
			return map("type", "string", "format", "duration");
		}
		if (type instanceof Class<?> enumType && enumType.isEnum()) {
			return map("type", "string", "enum",
					Arrays.stream(enumType.getEnumConstants()).map((constant) -> ((Enum<?>) constant).name()).toList());
		}
		if (type instanceof Class<?> record && record.isRecord()) {
			String name = record.getSimpleName();
			if (!this.schemas.containsKey(name)) {
				this.schemas.put(name, null); // reserved first: a record may refer to itself
				this.schemas.put(name, recordSchema(record));
			}
			return ref("#/components/schemas/" + name);
		}
		throw new IllegalArgumentException("No JSON schema for " + type + ": add it to AsyncApiDocument");
	}

	private Map<String, Object> recordSchema(Class<?> record) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (RecordComponent component : record.getRecordComponents()) {
			properties.put(component.getName(), schemaOf(component.getGenericType()));
		}
		List<String> required = Arrays.stream(record.getRecordComponents())
			.filter((component) -> component.getType().isPrimitive())
			.map(RecordComponent::getName)
			.toList();
		Map<String, Object> schema = map("type", "object", "properties", properties);
		if (!required.isEmpty()) {
			schema.put("required", required);
		}
		return schema;
	}

	private static Map<String, Object> cloudEventHeaders() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(CloudEventHeaders.SPEC_VERSION, map("type", "string", "const", CloudEventHeaders.SPEC_VERSION_VALUE));
		properties.put(CloudEventHeaders.ID, map("type", "string", "description", "unique per event; consumers deduplicate on it"));
		properties.put(CloudEventHeaders.TYPE, map("type", "string", "description", "the message's name, e.g. vn.health.plan.issued"));
		properties.put(CloudEventHeaders.SOURCE, map("type", "string", "description", "the publishing service"));
		properties.put(CloudEventHeaders.SUBJECT, map("type", "string", "description", "the aggregate id, as the key"));
		properties.put(CloudEventHeaders.TIME, map("type", "string", "format", "date-time"));
		properties.put(CloudEventHeaders.CONTENT_TYPE, map("type", "string", "const", CloudEventHeaders.JSON));
		properties.put(CloudEventHeaders.CORRELATION_ID,
				map("type", "string", "description", "the request that caused the event (X-Correlation-Id), if any"));
		return map("type", "object", "properties", properties, "required",
				List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TYPE,
						CloudEventHeaders.SOURCE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME));
	}

	private static String channelDescription(String topic) {
		return switch (topic) {
			case Topics.PLANS -> "Plans (kế hoạch) from plan-service, keyed by plan id.";
			case Topics.DIRECTORY_UNITS -> "The unit directory from plan-service, keyed by unit id; compacted: the "
					+ "latest UnitUpserted per unit is the directory.";
			case Topics.REPORTING -> "Reporting obligations and reports from reporting-service, keyed by obligation id.";
			case Topics.CALENDAR -> "Theme days and holidays from calendar-service.";
			case Topics.NOTIFICATIONS -> "Delivery outcomes from notification-service.";
			default -> throw new IllegalArgumentException("Undescribed topic " + topic);
		};
	}

	private static Map<String, Object> ref(String target) {
		return map("$ref", target);
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
