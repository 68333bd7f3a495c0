package vn.health.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The issuer's RSA signing keys, kept in a JWK set file (private parts included, so the file is a
 * secret: mode 600, never in the repository). The first key signs; every key is published in the JWKS,
 * so during a rotation tokens signed with the previous key stay valid until they expire.
 */
final class SigningKeys {

	private final List<RSAKey> keys;

	private SigningKeys(List<RSAKey> keys) {
		if (keys.isEmpty()) {
			throw new IllegalStateException("No signing key");
		}
		this.keys = List.copyOf(keys);
	}

	/** The keys in the file; a missing file is created with one new key when {@code createIfMissing}. */
	static SigningKeys load(Path file, boolean createIfMissing) {
		if (!Files.exists(file)) {
			if (!createIfMissing) {
				throw new IllegalStateException("Signing key file " + file + " does not exist (AUTH_KEYS_FILE)");
			}
			write(file, List.of(newKey()));
		}
		return new SigningKeys(read(file));
	}

	/** One fresh key, held in memory only (the demo without a key file; tests). */
	static SigningKeys ephemeral() {
		return new SigningKeys(List.of(newKey()));
	}

	/** Step 1 of a rotation: a new key in front, the old ones kept for the tokens they signed. */
	static void rotate(Path file) {
		List<RSAKey> keys = new ArrayList<>(read(file));
		keys.addFirst(newKey());
		write(file, keys);
	}

	/** Step 2, once the old keys' tokens have expired: keep only the newest key. */
	static void retire(Path file) {
		write(file, List.of(read(file).getFirst()));
	}

	RSAKey current() {
		return this.keys.getFirst();
	}

	/** Every key, the current first: what the JWKS endpoint publishes (public parts only). */
	JWKSet all() {
		return new JWKSet(List.<JWK>copyOf(this.keys));
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.keyID(LocalDate.now() + "-" + UUID.randomUUID().toString().substring(0, 8))
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<RSAKey> read(Path file) {
		try {
			List<RSAKey> keys = JWKSet.load(file.toFile()).getKeys().stream().map(JWK::toRSAKey).toList();
			if (keys.stream().anyMatch((key) -> !key.isPrivate())) {
				throw new IllegalStateException(file + " holds a key without its private part");
			}
			return keys;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(file + " is not a JWK set: " + ex.getMessage(), ex);
		}
	}

	private static void write(Path file, List<RSAKey> keys) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(temporary, new JWKSet(List.<JWK>copyOf(keys)).toString(false));
			restrictToOwner(temporary);
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's ACL applies.
		}
	}

}
