package vn.health.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Tài khoản demo — one user per unit of the demo province ({@code demo-users.csv}), each with its unit and
 * roles, all with the same password from the environment.
 */
final class DemoAccounts {

	/** @param roles platform role names, e.g. {@code COORDINATOR} */
	record Account(String username, String unitId, List<String> roles) {

	}

	private final Map<String, Account> byUsername;

	private DemoAccounts(List<Account> accounts) {
		this.byUsername = accounts.stream().collect(Collectors.toUnmodifiableMap(Account::username, Function.identity()));
	}

	static DemoAccounts load() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo-users.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return new DemoAccounts(reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split(","))
				.map((fields) -> new Account(fields[0], fields[1], Arrays.asList(fields[2].split(" "))))
				.toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Account> find(String username) {
		return Optional.ofNullable(this.byUsername.get(username));
	}

	int size() {
		return this.byUsername.size();
	}

	/** Users for form login; {@code encodedPassword} is hashed once, not once per user. */
	InMemoryUserDetailsManager users(String encodedPassword) {
		return new InMemoryUserDetailsManager(this.byUsername.values()
			.stream()
			.map((account) -> (UserDetails) User.withUsername(account.username())
				.password(encodedPassword)
				.roles(account.roles().toArray(String[]::new))
				.build())
			.toList());
	}

}
