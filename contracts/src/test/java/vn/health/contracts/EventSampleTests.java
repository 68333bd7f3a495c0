package vn.health.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Every published event has a stored sample that consumers' tests read; the sample must stay readable. */
class EventSampleTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void sampleReadsIntoThePayloadRecordWithEveryFieldSet(EventType type) throws Exception {
		IntegrationEvent event = this.json.readValue(sample(type), type.payloadType());

		for (RecordComponent component : type.payloadType().getRecordComponents()) {
			assertThat(component.getAccessor().invoke(event)).as(component.getName()).isNotNull();
		}
		assertThat(event.aggregateId()).isNotBlank();
		assertThat(EventType.of(event)).isEqualTo(type);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void sampleSurvivesARoundTrip(EventType type) throws Exception {
		IntegrationEvent event = this.json.readValue(sample(type), type.payloadType());

		String written = this.json.writeValueAsString(event);

		assertThat(this.json.readValue(written, type.payloadType())).isEqualTo(event);
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void typeNameIsFoundByName(EventType type) {
		assertThat(type.typeName()).startsWith("vn.health.");
		assertThat(EventType.named(type.typeName())).contains(type);
	}

	private static byte[] sample(EventType type) throws IOException {
		try (InputStream in = EventSampleTests.class
			.getResourceAsStream("/contract-samples/" + type.typeName() + ".json")) {
			assertThat(in).as("sample for " + type.typeName()).isNotNull();
			return in.readAllBytes();
		}
	}

}
