package vn.health.infra;

import java.util.HashMap;
import java.util.Map;

import vn.health.infra.PlatformOptions.SmtpServer;

/**
 * The environment variables the auth-server, each service, the console and the gateway are started with. The
 * instances of a service differ only in their port: the same consumer group, database and settings.
 */
final class ServiceEnvironment {

	private final PlatformOptions options;

	ServiceEnvironment(PlatformOptions options) {
		this.options = options;
	}

	Map<String, String> of(Instance instance) {
		Component application = instance.component();
		Ports ports = options.ports();
		Map<String, String> environment = new HashMap<>();
		environment.put("SERVER_PORT", String.valueOf(options.httpPort(instance)));
		if (application.isService() || application == Component.CONSOLE || application == Component.GATEWAY) {
			environment.put("OIDC_ISSUER_URI", issuer());
		}
		if (application.isService()) {
			// Every service checks every request's token against the embedded issuer itself
			environment.put("PLATFORM_SECURITY_ENABLED", "true");
		}
		if (application.isService()) {
			environment.put("KAFKA_BOOTSTRAP", Ports.HOST + ":" + ports.kafka());
			environment.put("MONGODB_URI", "mongodb://%s:%d/%s".formatted(Ports.HOST, ports.mongo(), database(application)));
			// mongo-java-server rejects the `hello` command that Boot's standard Mongo health check sends.
			environment.put("MONGO_HEALTH_PING", "true");
		}
		switch (application) {
			case AUTH_SERVER -> {
				// The embedded demo: its development defaults for passwords and secrets (auth-server README).
				environment.put("AUTH_DEMO", "true");
				environment.put("AUTH_ISSUER", issuer());
				environment.put("AUTH_KEYS_FILE", options.dataDir().resolve("auth/signing-keys.json").toString());
				String gateway = "%s:%d".formatted(Ports.HOST, ports.gateway());
				environment.put("CONSOLE_REDIRECT_URIS", "http://%1$s/login/oauth2/code/console,http://localhost:%2$d/login/oauth2/code/console"
					.formatted(gateway, ports.gateway()));
				environment.put("CONSOLE_POST_LOGOUT_URI", "http://%s/".formatted(gateway));
			}
			case PLAN_SERVICE -> environment.put("DEMO_SEED", "true");
			case NOTIFICATION_SERVICE -> {
				SmtpServer smtp = options.externalSmtp().orElse(new SmtpServer(Ports.HOST, ports.smtp()));
				environment.put("SMTP_HOST", smtp.host());
				environment.put("SMTP_PORT", String.valueOf(smtp.port()));
				environment.put("MAIL_FROM", "no-reply@demo.syt.vn");
				// Links in notices lead to the console through the gateway, on whatever port it has.
				environment.put("CONSOLE_BASE_URL", "http://%s:%d".formatted(Ports.HOST, ports.gateway()));
			}
			// The console calls the public API through the gateway, with the signed-in user's token.
			case CONSOLE -> environment.put("PLATFORM_API_URL", "http://%s:%d".formatted(Ports.HOST, ports.gateway()));
			case GATEWAY -> {
				for (Component service : Component.values()) {
					if (service.isService() || service == Component.CONSOLE) {
						environment.put(urlVariable(service), "http://%s:%d".formatted(Ports.HOST, ports.http(service)));
					}
				}
			}
			default -> {
			}
		}
		environment.putAll(options.extraEnvironment().getOrDefault(application, Map.of()));
		return environment;
	}

	/** The embedded auth-server, as every process reaches it and as it names itself in tokens. */
	String issuer() {
		return "http://%s:%d".formatted(Ports.HOST, options.ports().authServer());
	}

	/** plan-service keeps its data in database {@code plan}, and so on. */
	static String database(Component service) {
		return service.id().replace("-service", "");
	}

	/** plan-service is reached through {@code PLAN_SERVICE_URL}, the console through {@code CONSOLE_URL}, and so on. */
	static String urlVariable(Component service) {
		return service.id().toUpperCase().replace('-', '_') + "_URL";
	}

}
