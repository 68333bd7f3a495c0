package vn.health.plan.directory;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.health.contracts.directory.UnitType;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
@RequestMapping("/api/units")
class UnitController {

	private static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

	private final Directory directory;

	private final UnitMerges merges;

	private final UnitSplits splits;

	private final DirectoryImport imports;

	UnitController(Directory directory, UnitMerges merges, UnitSplits splits, DirectoryImport imports) {
		this.directory = directory;
		this.merges = merges;
		this.splits = splits;
		this.imports = imports;
	}

	@PostMapping
	ResponseEntity<UnitView> register(@RequestBody UnitDetails details,
			Caller caller) {
		UnitView unit = UnitView.of(this.directory.register(details, by(caller)));
		return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(unit);
	}

	/** The whole state as it should read; a new {@code parentId} moves the unit. */
	@PutMapping("/{id}")
	UnitView edit(@PathVariable String id, @RequestBody UnitDetails details,
			Caller caller) {
		return UnitView.of(this.directory.edit(id, details, by(caller)));
	}

	/** {@code activeOn} answers "who was responsible on that day", before and after a reorganisation. */
	@GetMapping
	PageView<UnitView> list(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
			@RequestParam(required = false) String code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Pageable paging = Paging.of(page, size, Sort.by("name"));
		Page<Unit> units = (code != null && !code.isBlank()) ? this.directory.withCode(code, type, activeOn, paging)
				: this.directory.list(type, activeOn, paging);
		return PageView.of(units, UnitView::of);
	}

	@GetMapping("/{id}")
	UnitView get(@PathVariable String id) {
		return UnitView.of(this.directory.get(id));
	}

	@GetMapping("/{id}/history")
	List<UnitChange> history(@PathVariable String id) {
		return this.directory.get(id).history();
	}

	/** {@code id} is the successor; sending the same merge again is answered like the first time. */
	@PostMapping("/{id}/merge")
	UnitView merge(@PathVariable String id, @RequestBody MergeRequest request,
			Caller caller) {
		return UnitView.of(this.merges.merge(id, request, by(caller)));
	}

	/** {@code id} is the unit split; sending the same split again is answered like the first time. */
	@PostMapping("/{id}/split")
	SplitView split(@PathVariable String id, @RequestBody SplitRequest request,
			Caller caller) {
		UnitSplits.Split split = this.splits.split(id, request, by(caller));
		return new SplitView(UnitView.of(split.unit()), split.successors().stream().map(UnitView::of).toList());
	}

	/** A spreadsheet of units (.xlsx or UTF-8 .csv); all rows or none unless {@code partial}. */
	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportReport importUnits(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean partial,
			Caller caller) throws IOException {
		String by = by(caller);
		new InputErrors().check(file != null && !file.isEmpty(), "file", "Chưa chọn tệp danh bạ (trường \"file\")",
				"A directory file is required (multipart field \"file\")")
			.check(file == null || file.getSize() <= MAX_IMPORT_BYTES, "file", "Tệp danh bạ lớn hơn 5 MB",
					"The directory file is larger than 5 MB")
			.throwIfAny();
		return this.imports.run(file.getBytes(), partial, by);
	}

	/** The directory is the Sở's to change (PROVINCE_ADMIN); its history names who did: the token's subject. */
	static String by(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return caller.subject();
	}

	record UnitView(String id, String code, String name, UnitType type, String parentId, String administrativeArea,
			String email, String phone, String zalo, Instant registeredAt, LocalDate activeFrom, LocalDate activeTo,
			String successorId, List<UnitMerge> merges, UnitSplit split, String splitFrom) {

		static UnitView of(Unit unit) {
			return new UnitView(unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId(),
					unit.administrativeArea(), unit.email(), unit.phone(), unit.zalo(), unit.registeredAt(),
					unit.activeFrom(), unit.activeTo(), unit.successorId(), unit.merges(), unit.split().orElse(null),
					unit.splitFrom());
		}

	}

	/** The unit split, ended, and its successors. */
	record SplitView(UnitView unit, List<UnitView> successors) {

	}

}
