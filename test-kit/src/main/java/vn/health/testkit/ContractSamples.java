package vn.health.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import vn.health.contracts.EventType;

/** The stored JSON sample of each published event, as the producer promises it. */
public final class ContractSamples {

	private ContractSamples() {
	}

	public static String json(EventType type) {
		String path = "/contract-samples/" + type.typeName() + ".json";
		try (InputStream in = ContractSamples.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No contract sample at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
