package vn.health.plan.importer;

import java.util.List;
import java.util.regex.Pattern;

import vn.health.contracts.directory.UnitType;

import static vn.health.contracts.directory.UnitType.COMMUNE_HEALTH_STATION;
import static vn.health.contracts.directory.UnitType.DEPARTMENT_OF_HEALTH;
import static vn.health.contracts.directory.UnitType.DISTRICT_HEALTH_CENTRE;
import static vn.health.contracts.directory.UnitType.HOSPITAL;
import static vn.health.contracts.directory.UnitType.PRIVATE_FACILITY;
import static vn.health.contracts.directory.UnitType.PROVINCIAL_CDC;

/**
 * Đối chiếu danh bạ — recognises units in text: a directory unit named in full first, then the names
 * provincial health plans give to kinds of units. A kind with one unit per province (Sở Y tế, CDC tỉnh)
 * resolves to that unit; a plural kind ("Trung tâm Y tế các huyện") stays a unit type. Once the issuer is
 * known, its own departments ("Phòng Nghiệp vụ Y", "Khoa Kiểm soát bệnh tật - HIV/AIDS", "Tổ truyền thông")
 * are the issuer: a plan assigns tasks to the parts of the body that signs it, which the directory does
 * not list one by one.
 */
final class UnitMatching {

	/** First matching rule wins: "Các đơn vị trực thuộc Sở Y tế" is not the Sở itself. Text is folded. */
	private static final List<Rule> RULES = List.of(
			new Rule("tuyen tinh", 0.5, HOSPITAL, PROVINCIAL_CDC),
			new Rule("don vi truc thuoc|cac don vi y te", 0.5, DISTRICT_HEALTH_CENTRE, HOSPITAL),
			new Rule("trong va ngoai cong lap", 0.6, HOSPITAL, PRIVATE_FACILITY),
			new Rule("ngoai cong lap|tu nhan", 0.8, PRIVATE_FACILITY),
			new Rule("kiem soat benh tat|\\bcdc\\b", 0.9, PROVINCIAL_CDC),
			new Rule("trung tam y te (cac )?(huyen|quan|thi xa|thanh pho)|\\bttyt\\b", 0.85, DISTRICT_HEALTH_CENTRE),
			new Rule("tram y te", 0.85, COMMUNE_HEALTH_STATION),
			new Rule("benh vien", 0.8, HOSPITAL),
			new Rule("so y te|^(cac )?phong\\b|lanh dao so", 0.8, DEPARTMENT_OF_HEALTH));

	private static final List<UnitType> ONE_PER_PROVINCE = List.of(DEPARTMENT_OF_HEALTH, PROVINCIAL_CDC);

	/** A department of the issuing body; "Phòng Y tế" is the district People's Committee's own office, not one. */
	private static final Pattern DEPARTMENT = Pattern.compile("^(cac )?(phong|khoa|to|bo phan)\\b(?! y te\\b)");

	private final List<KnownUnit> units;

	private final KnownUnit issuer;

	UnitMatching(List<KnownUnit> units) {
		this(units, null);
	}

	private UnitMatching(List<KnownUnit> units, KnownUnit issuer) {
		this.units = List.copyOf(units);
		this.issuer = issuer;
	}

	/** The same matching for a plan issued by {@code issuerUnitId}, whose departments then resolve to it. */
	UnitMatching issuedBy(String issuerUnitId) {
		KnownUnit known = this.units.stream().filter((unit) -> unit.id().equals(issuerUnitId)).findFirst().orElse(null);
		return new UnitMatching(this.units, known);
	}

	UnitMatch match(String printed) {
		String text = VietnameseText.fold(printed);
		UnitMatch byName = byName(text);
		if (byName != null) {
			return byName;
		}
		if (this.issuer != null && DEPARTMENT.matcher(text).find()) {
			return new UnitMatch(List.of(this.issuer.id()), List.of(), this.issuer.type(), 0.75);
		}
		for (Rule rule : RULES) {
			if (rule.pattern().matcher(text).find()) {
				return byKind(rule);
			}
		}
		return UnitMatch.NONE;
	}

	/**
	 * The directory units whose full name is in the text; the longest name wins ("Bệnh viện Đa khoa tỉnh"
	 * over "Bệnh viện"). Several units with that same name are all returned, with a low confidence.
	 */
	UnitMatch byName(String foldedText) {
		List<KnownUnit> named = this.units.stream()
			.filter((unit) -> unit.name().length() >= 8 && foldedText.contains(VietnameseText.fold(unit.name())))
			.toList();
		int longest = named.stream().mapToInt((unit) -> unit.name().length()).max().orElse(0);
		List<KnownUnit> best = named.stream().filter((unit) -> unit.name().length() == longest).toList();
		if (best.isEmpty()) {
			return null;
		}
		return new UnitMatch(best.stream().map(KnownUnit::id).toList(), List.of(), best.get(0).type(),
				(best.size() == 1) ? 0.95 : 0.4);
	}

	private UnitMatch byKind(Rule rule) {
		UnitType kind = rule.types().get(0);
		if (rule.types().size() == 1 && ONE_PER_PROVINCE.contains(kind)) {
			List<String> ids = this.units.stream().filter((unit) -> unit.type() == kind).map(KnownUnit::id).toList();
			return (ids.size() == 1) ? new UnitMatch(ids, List.of(), kind, rule.confidence())
					: new UnitMatch(List.of(), List.of(kind), kind, rule.confidence() / 2);
		}
		return new UnitMatch(List.of(), rule.types(), kind, rule.confidence());
	}

	private record Rule(Pattern pattern, double confidence, List<UnitType> types) {

		Rule(String regex, double confidence, UnitType... types) {
			this(Pattern.compile(regex), confidence, List.of(types));
		}

	}

}
