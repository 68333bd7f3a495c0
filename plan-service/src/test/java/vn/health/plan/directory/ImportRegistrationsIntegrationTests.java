package vn.health.plan.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.directory.UnitType;
import vn.health.plan.PlanServiceTest;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/** The new units of an import, written a level at a time, against what other requests wrote since the check. */
@PlanServiceTest
class ImportRegistrationsIntegrationTests {

	@Autowired
	ImportRegistrations registrations;

	@Autowired
	Directory directory;

	@Autowired
	UnitRepository units;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Leases leases;

	private final String s = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aCodeRegisteredByAnotherRequestSinceTheCheckRefusesItsRowAndTheRowsUnderItButNotTheOthers() {
		String taken = "TTYT-" + this.s;
		this.directory.register(details("Trung tâm Y tế huyện Yên Thế", UnitType.DISTRICT_HEALTH_CENTRE, null, taken),
				"another-request");
		ImportRegistrations.NewUnit district = newUnit(2, taken, UnitType.DISTRICT_HEALTH_CENTRE, null);
		ImportRegistrations.NewUnit station = newUnit(3, "TYT-" + this.s, UnitType.COMMUNE_HEALTH_STATION, district);
		ImportRegistrations.NewUnit other = newUnit(4, "TYT2-" + this.s, UnitType.COMMUNE_HEALTH_STATION, null);

		Map<String, InputErrors> refused = this.registrations.register(List.of(district, station, other), "syt");

		assertThat(refused).containsOnlyKeys(district.code(), station.code());
		assertThat(problems(refused.get(district.code()))).containsExactly("rows[2].code");
		assertThat(problems(refused.get(station.code()))).containsExactly("rows[3].parent");
		assertThat(this.units.findAllById(List.of(district.id(), station.id(), other.id()))).extracting(Unit::id)
			.containsExactly(other.id());
		assertThat(this.units.findByCode(taken)).hasSize(1);
	}

	/**
	 * The outbox relay takes the pending events off both documents within a quarter of a second; the test holds the
	 * relay's lease on {@code units} until it has compared them (a run under load read one after the relay).
	 */
	@Test
	void aUnitRegisteredByAnImportIsTheDocumentRegisterSaves() {
		ImportRegistrations.NewUnit imported = newUnit(2, "TYT-DK-" + this.s, UnitType.COMMUNE_HEALTH_STATION, null);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.leases.run("outbox-units", Duration.ofMinutes(1), () -> registerAndCompare(imported)));
		Unit edited = this.directory.edit(imported.id(),
				details("Trạm Y tế xã Đồng Kỳ", UnitType.COMMUNE_HEALTH_STATION, null, imported.code()), "syt");
		assertThat(edited.history()).extracting(UnitChange::kind)
			.containsExactly(UnitChange.Kind.REGISTERED, UnitChange.Kind.EDITED);
	}

	private void registerAndCompare(ImportRegistrations.NewUnit imported) {
		Unit registered = this.directory.register(
				details("Trạm Y tế xã Bố Hạ", UnitType.COMMUNE_HEALTH_STATION, null, "TYT-BH-" + this.s), "syt");

		assertThat(this.registrations.register(List.of(imported), "syt")).isEmpty();

		Document saved = this.mongo.findById(registered.id(), Document.class, "units");
		Document inserted = this.mongo.findById(imported.id(), Document.class, "units");
		assertThat(inserted.keySet()).isEqualTo(saved.keySet());
		assertThat(inserted.get("version")).isEqualTo(saved.get("version")).isEqualTo(0L);
		assertThat(inserted.get("_class")).isEqualTo(saved.get("_class"));
		Document event = inserted.getList("pendingEvents", Document.class).get(0);
		Document savedEvent = saved.getList("pendingEvents", Document.class).get(0);
		assertThat(event.keySet()).isEqualTo(savedEvent.keySet());
		assertThat(event.get("payload", Document.class).keySet())
			.isEqualTo(savedEvent.get("payload", Document.class).keySet());
		assertThat(inserted.getList("history", Document.class)).hasSize(1);
	}

	@Test
	void anEditOfAnImportedUnitStillChecksItsVersion() {
		ImportRegistrations.NewUnit imported = newUnit(2, "TYT-V-" + this.s, UnitType.COMMUNE_HEALTH_STATION, null);
		this.registrations.register(List.of(imported), "syt");
		Unit stale = this.units.findById(imported.id()).orElseThrow();
		this.directory.edit(imported.id(),
				details("Trạm Y tế xã Xuân Lương", UnitType.COMMUNE_HEALTH_STATION, null, imported.code()), "syt");

		stale.edit(details("Trạm Y tế xã Canh Nậu", UnitType.COMMUNE_HEALTH_STATION, null, imported.code()).normalised(),
				"syt", Instant.now());

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.units.save(stale));
	}

	private ImportRegistrations.NewUnit newUnit(int row, String code, UnitType type, ImportRegistrations.NewUnit parent) {
		return new ImportRegistrations.NewUnit(row, code, UUID.randomUUID().toString(),
				details("Đơn vị " + code, type, (parent != null) ? parent.id() : null, code),
				(parent != null) ? parent.code() : null);
	}

	private static UnitDetails details(String name, UnitType type, String parentId, String code) {
		return new UnitDetails(name, type, parentId, null, "0204 3876 000", null, code, null, null);
	}

	private static List<String> problems(InputErrors errors) {
		try {
			errors.throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map((problem) -> problem.field()).toList();
		}
	}

}
