package vn.health.servicekit.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims the platform's issuers (the embedded auth-server, Keycloak's realm) put in every access
 * token: {@code unit_id} and {@code roles}.
 */
public final class PlatformClaims {

	public static final String UNIT_ID = "unit_id";

	public static final String ROLES = "roles";

	private PlatformClaims() {
	}

	public static Caller caller(Jwt jwt) {
		return Caller.of(jwt.getSubject(), jwt.getClaimAsString(UNIT_ID), roles(jwt));
	}

	/** {@code ROLE_<name>} for each known role, so {@code hasRole('PROVINCE_ADMIN')} works too. */
	static Collection<GrantedAuthority> authorities(Jwt jwt) {
		return roles(jwt).stream()
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
	}

	private static Set<Role> roles(Jwt jwt) {
		List<String> names = jwt.getClaimAsStringList(ROLES);
		if (names == null) {
			return Set.of();
		}
		Set<String> known = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
		return names.stream()
			.filter(known::contains)
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
