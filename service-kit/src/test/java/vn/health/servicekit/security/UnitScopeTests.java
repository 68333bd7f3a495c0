package vn.health.servicekit.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.ForbiddenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class UnitScopeTests {

	private final UnitScope scope = new SecuredApplication().unitScope();

	@Test
	void anOfficerOfUnitACanNeitherReadNorWriteUnitB() {
		Caller officer = Caller.of("a", "ttyt-tan-yen", Set.of(Role.UNIT_OFFICER));

		assertThat(this.scope.canRead(officer, "ttyt-yen-the")).isFalse();
		assertThat(this.scope.canManage(officer, "ttyt-yen-the")).isFalse();
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.scope.checkOwn(officer, "ttyt-yen-the"));
		assertThatNoException().isThrownBy(() -> this.scope.checkOwn(officer, "ttyt-tan-yen"));
	}

	@Test
	void aCoordinatorManagesItsWholeSubtreeButNotItsSupervisor() {
		Caller cdc = Caller.of("c", "cdc", Set.of(Role.COORDINATOR));

		assertThat(this.scope.canManage(cdc, "tyt-xa-dong-ky")).isTrue();
		assertThat(this.scope.canManage(cdc, "syt")).isFalse();
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.scope.checkOwn(cdc, "ttyt-yen-the"));
	}

	@Test
	void aListingIsNarrowedToTheUnitsTheCallerMayReadFromOneReadOfTheTree() {
		Map<String, String> parents = new HashMap<>(Map.of("cdc", "syt", "ttyt-yen-the", "cdc",
				"tyt-xa-dong-ky", "ttyt-yen-the", "ttyt-tan-yen", "cdc"));
		parents.put("syt", null);

		assertThat(UnitScope.readableAmong(Caller.of("c", "ttyt-yen-the", Set.of(Role.COORDINATOR)), parents))
			.hasValueSatisfying((units) -> assertThat(units).containsExactlyInAnyOrder("ttyt-yen-the", "tyt-xa-dong-ky"));
		assertThat(UnitScope.readableAmong(Caller.of("a", "ttyt-tan-yen", Set.of(Role.UNIT_OFFICER)), parents))
			.hasValueSatisfying((units) -> assertThat(units).containsExactly("ttyt-tan-yen"));
		assertThat(UnitScope.readableAmong(Caller.of("s", "syt", Set.of(Role.PROVINCE_ADMIN)), parents)).isEmpty();
	}

	@Test
	void aViewerReadsItsSubtreeAndWritesNothing() {
		Caller viewer = Caller.of("v", "cdc", Set.of(Role.VIEWER));

		assertThat(this.scope.canRead(viewer, "ttyt-yen-the")).isTrue();
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.scope.checkManage(viewer, "cdc"));
	}

	@Test
	void aCallerWithoutAUnitOrRolesReachesNothing() {
		Caller nobody = Caller.of("n", null, Set.of());

		assertThat(this.scope.canRead(nobody, "cdc")).isFalse();
		assertThat(this.scope.isOwn(nobody, null)).isFalse();
	}

	@Test
	void aCycleInTheDirectoryEndsTheWalkInsteadOfLoopingForever() {
		UnitHierarchy cyclic = UnitHierarchy.byParents(Map.of("a", "b", "b", "a")::get);

		assertThat(cyclic.supervises("b", "a")).isTrue();
		assertThat(cyclic.supervises("c", "a")).isFalse();
	}

	@Test
	void theUnsecuredCallerPassesEveryCheckAsBeforeSecurityExisted() {
		assertThatNoException().isThrownBy(() -> {
			this.scope.checkOwn(Caller.UNSECURED, "cdc");
			this.scope.checkManage(Caller.UNSECURED, "syt");
			Caller.UNSECURED.requireAny(Role.PROVINCE_ADMIN);
		});
	}

}
