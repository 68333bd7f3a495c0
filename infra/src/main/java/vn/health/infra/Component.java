package vn.health.infra;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The processes of the embedded platform, in the order they start. */
public enum Component {

	MONGO("mongo"), KAFKA("kafka"), MAIL("mail"), AUTH_SERVER("auth-server"), PLAN_SERVICE("plan-service"),
	REPORTING_SERVICE("reporting-service"), CALENDAR_SERVICE("calendar-service"),
	NOTIFICATION_SERVICE("notification-service"), CONSOLE("console"), GATEWAY("gateway");

	private final String id;

	Component(String id) {
		this.id = id;
	}

	/** The name used in the API, in status lines and for the log file; a module name for the services. */
	public String id() {
		return id;
	}

	/** One of the four business services (not the gateway). */
	public boolean isService() {
		return id.endsWith("-service");
	}

	/** A Spring Boot application: the auth-server, a service, the console or the gateway. */
	public boolean isApplication() {
		return isService() || this == CONSOLE || this == GATEWAY || this == AUTH_SERVER;
	}

	public static Component named(String id) {
		return Arrays.stream(values())
			.filter(component -> component.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown component '%s'; known: %s".formatted(id,
					Arrays.stream(values()).map(Component::id).collect(Collectors.joining(", ")))));
	}

}
