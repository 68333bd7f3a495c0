package vn.health.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import vn.health.contracts.directory.UnitType;

/**
 * The four documents of {@code shared/documents}, copied under {@code importer/}, one plan written by hand
 * in another style, and a small directory to read them against.
 */
final class Fixtures {

	static final String BAC_GIANG = "bac-giang-2024-ke-hoach-truyen-thong-y-te.txt";

	static final String LANG_SON = "lang-son-2024-ke-hoach-thong-tin-truyen-thong-y-te.txt";

	static final String LANG_SON_CAMPAIGN = "lang-son-2024-ke-hoach-co-so-y-te-xanh-sach-dep.txt";

	static final String BEN_TRE = "ben-tre-cdc-2024-qd-128-byt-page.html";

	/** Written by hand in another style (a district centre's plan) after the rules, to check they generalise. */
	static final String DISTRICT = "son-dong-2025-ke-hoach-truyen-thong-phong-chong-dich.txt";

	static final List<KnownUnit> DIRECTORY = List.of(new KnownUnit("syt", "Sở Y tế", UnitType.DEPARTMENT_OF_HEALTH),
			new KnownUnit("cdc", "Trung tâm Kiểm soát bệnh tật tỉnh", UnitType.PROVINCIAL_CDC),
			new KnownUnit("ttyt-son-dong", "Trung tâm Y tế huyện Sơn Động", UnitType.DISTRICT_HEALTH_CENTRE),
			new KnownUnit("tyt-an-chau", "Trạm Y tế xã An Châu", UnitType.COMMUNE_HEALTH_STATION),
			new KnownUnit("bvdk", "Bệnh viện Đa khoa tỉnh", UnitType.HOSPITAL));

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/importer/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ImportResult read(String name) {
		return new PlanDocumentReader(DIRECTORY).read(TextExtraction.extract(name, null, bytes(name)));
	}

}
