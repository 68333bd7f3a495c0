package vn.health.plan.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.health.contracts.directory.UnitType;

/**
 * Seeds a demo province on first start, so a new user sees the whole flow at once: Sở Y tế, CDC tỉnh,
 * ten district health centres (the districts of Bắc Giang in 2024, the year of the sample plans) with
 * three commune stations each. Ids are readable and fixed, so README walk-throughs can name them.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.seed", havingValue = "true")
class DemoProvince implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);

	private static final List<District> DISTRICTS = List.of(
			new District("thành phố", "Bắc Giang", List.of("phường Trần Phú", "phường Ngô Quyền", "phường Hoàng Văn Thụ")),
			new District("huyện", "Yên Thế", List.of("thị trấn Bố Hạ", "xã Đồng Kỳ", "xã Tam Tiến")),
			new District("huyện", "Tân Yên", List.of("thị trấn Cao Thượng", "thị trấn Nhã Nam", "xã Liên Chung")),
			new District("huyện", "Lạng Giang", List.of("thị trấn Vôi", "thị trấn Kép", "xã Tân Dĩnh")),
			new District("huyện", "Lục Nam", List.of("thị trấn Đồi Ngô", "xã Bảo Đài", "xã Cẩm Lý")),
			new District("huyện", "Lục Ngạn", List.of("thị trấn Chũ", "xã Kiên Lao", "xã Biển Động")),
			new District("huyện", "Sơn Động", List.of("thị trấn An Châu", "xã Yên Định", "xã Tuấn Đạo")),
			new District("huyện", "Yên Dũng", List.of("thị trấn Neo", "thị trấn Tân An", "xã Lãng Sơn")),
			new District("thị xã", "Việt Yên", List.of("phường Bích Động", "phường Nếnh", "xã Vân Trung")),
			new District("huyện", "Hiệp Hòa", List.of("thị trấn Thắng", "xã Đoan Bái", "xã Mai Đình")));

	private final Directory directory;

	DemoProvince(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Adds each demo unit that is missing, so a start cut off half-way completes on the next one, and
	 * units an operator added meanwhile are left alone.
	 */
	@Override
	public void run(ApplicationArguments args) {
		add("syt", "Sở Y tế tỉnh Bắc Giang", UnitType.DEPARTMENT_OF_HEALTH, null);
		add("cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", UnitType.PROVINCIAL_CDC, "syt");
		for (District district : DISTRICTS) {
			String centre = "ttyt-" + slug(district.name());
			add(centre, "Trung tâm Y tế " + district.kind() + " " + district.name(), UnitType.DISTRICT_HEALTH_CENTRE,
					"cdc");
			for (String commune : district.communes()) {
				add("tyt-" + slug(commune), "Trạm Y tế " + commune, UnitType.COMMUNE_HEALTH_STATION, centre);
			}
		}
	}

	private void add(String id, String name, UnitType type, String parentId) {
		if (this.directory.registerIfAbsent(id,
				new UnitDetails(name, type, parentId, id + "@demo.truyenthongyte.vn", "0204 3855 000", null), "system")) {
			log.info("Demo province: added {} ({})", id, name);
		}
	}

	/** "Lục Ngạn" → "luc-ngan": ASCII ids from Vietnamese names (đ is not a decomposed letter). */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private record District(String kind, String name, List<String> communes) {

	}

}
