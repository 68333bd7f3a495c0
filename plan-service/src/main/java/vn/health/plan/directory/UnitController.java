package vn.health.plan.directory;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.contracts.directory.UnitType;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
@RequestMapping("/api/units")
class UnitController {

	private final Directory directory;

	private final UnitMerges merges;

	UnitController(Directory directory, UnitMerges merges) {
		this.directory = directory;
		this.merges = merges;
	}

	@PostMapping
	ResponseEntity<UnitView> register(@RequestBody UnitDetails details) {
		UnitView unit = UnitView.of(this.directory.register(details));
		return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(unit);
	}

	/** {@code activeOn} answers "who was responsible on that day", before and after a reorganisation. */
	@GetMapping
	PageView<UnitView> list(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return PageView.of(this.directory.list(type, activeOn, Paging.of(page, size, Sort.by("name"))), UnitView::of);
	}

	@GetMapping("/{id}")
	UnitView get(@PathVariable String id) {
		return UnitView.of(this.directory.get(id));
	}

	/** {@code id} is the successor; sending the same merge again is answered like the first time. */
	@PostMapping("/{id}/merge")
	UnitView merge(@PathVariable String id, @RequestBody MergeRequest request) {
		return UnitView.of(this.merges.merge(id, request));
	}

	record UnitView(String id, String name, UnitType type, String parentId, String email, String phone,
			Instant registeredAt, LocalDate activeFrom, LocalDate activeTo, String successorId,
			List<UnitMerge> merges) {

		static UnitView of(Unit unit) {
			return new UnitView(unit.id(), unit.name(), unit.type(), unit.parentId(), unit.email(), unit.phone(),
					unit.registeredAt(), unit.activeFrom(), unit.activeTo(), unit.successorId(), unit.merges());
		}

	}

}
