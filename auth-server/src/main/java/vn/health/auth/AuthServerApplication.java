package vn.health.auth;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The embedded OpenID Connect issuer. Besides serving, the jar rotates its signing keys:
 * {@code rotate-signing-key <file>} adds a new key in front, {@code retire-signing-keys <file>} drops all
 * but the newest (see the README).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

	public static void main(String[] args) {
		if (args.length == 2 && args[0].equals("rotate-signing-key")) {
			SigningKeys.rotate(Path.of(args[1]));
			System.out.println("New signing key added in front of " + args[1] + "; restart the auth-server.");
			return;
		}
		if (args.length == 2 && args[0].equals("retire-signing-keys")) {
			SigningKeys.retire(Path.of(args[1]));
			System.out.println("Only the newest signing key is left in " + args[1] + "; restart the auth-server.");
			return;
		}
		SpringApplication.run(AuthServerApplication.class, args);
	}

}
