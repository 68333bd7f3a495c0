package vn.health.infra.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to start as one OS process of the platform.
 *
 * @param name the name it is known by: in status lines, in its log file name
 * @param command the command line
 * @param environment variables added to the launcher's own environment
 * @param ports the ports it will listen on, which must be free when it starts
 * @param readiness how to tell it is ready
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, List<Integer> ports,
		Readiness readiness) {

	public ProcessSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
		ports = List.copyOf(ports);
	}

	/** This spec with {@code variables} set over its own. */
	public ProcessSpec withEnvironment(Map<String, String> variables) {
		if (variables.isEmpty()) {
			return this;
		}
		Map<String, String> merged = new HashMap<>(environment);
		merged.putAll(variables);
		return new ProcessSpec(name, command, merged, ports, readiness);
	}

}
