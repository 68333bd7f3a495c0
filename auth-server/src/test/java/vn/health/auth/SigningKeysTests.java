package vn.health.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTests {

	@TempDir
	Path dir;

	@Test
	void aMissingFileIsCreatedOnlyWhenAllowedAndReadableByItsOwnerOnly() throws Exception {
		Path file = this.dir.resolve("keys.json");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.load(file, false));
		SigningKeys created = SigningKeys.load(file, true);

		assertThat(SigningKeys.load(file, false).current().getKeyID()).isEqualTo(created.current().getKeyID());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void rotationPutsANewKeyInFrontAndRetirementKeepsOnlyIt() {
		Path file = this.dir.resolve("keys.json");
		String first = SigningKeys.load(file, true).current().getKeyID();

		SigningKeys.rotate(file);
		SigningKeys rotated = SigningKeys.load(file, false);
		SigningKeys.retire(file);

		assertThat(rotated.current().getKeyID()).isNotEqualTo(first);
		assertThat(rotated.all().getKeys()).extracting((key) -> key.getKeyID())
			.containsExactly(rotated.current().getKeyID(), first);
		assertThat(SigningKeys.load(file, false).all().getKeys()).extracting((key) -> key.getKeyID())
			.containsExactly(rotated.current().getKeyID());
	}

	@Test
	void aFileWithOnlyAPublicKeyIsRefused() throws Exception {
		Path file = this.dir.resolve("keys.json");
		Files.writeString(file, SigningKeys.ephemeral().all().toPublicJWKSet().toString());

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.load(file, false))
			.withMessageContaining("private");
	}

}
