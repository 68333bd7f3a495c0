package vn.health.plan.directory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.directory.UnitType;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnitSheetTests {

	@Test
	void headersAreMatchedWithoutCaseOrDiacriticsAndUnknownColumnsAreIgnored() {
		List<UnitSheet.UnitRow> rows = UnitSheet.read(utf8("""
				STT,MA DON VI,  Tên  đơn vị ,loại,Ghi chú
				1,TYT-01,"Trạm Y tế xã Đồng Kỳ, huyện Yên Thế",Trạm Y tế xã,
				,,,,
				2,TYT-02,Trạm Y tế xã Tam Tiến,TYT,mới
				"""));

		assertThat(rows).extracting(UnitSheet.UnitRow::number).containsExactly(2, 4);
		assertThat(rows.get(0).get(UnitColumn.NAME)).isEqualTo("Trạm Y tế xã Đồng Kỳ, huyện Yên Thế");
		assertThat(rows.get(1).cells()).containsOnlyKeys(UnitColumn.CODE, UnitColumn.NAME, UnitColumn.TYPE);
	}

	@Test
	void aSemicolonFileWithExcelsByteOrderMarkIsRead() {
		List<UnitSheet.UnitRow> rows = UnitSheet.read(utf8("\uFEFFMã đơn vị;Tên đơn vị;Loại;Zalo\nCDC;CDC tỉnh;CDC;0912 345 678\n"));

		assertThat(rows.get(0).get(UnitColumn.CODE)).isEqualTo("CDC");
		assertThat(rows.get(0).get(UnitColumn.ZALO)).isEqualTo("0912 345 678");
	}

	@Test
	void aFileWithoutTheRequiredColumnsOrNotInUtf8IsRefused() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> UnitSheet.read(utf8("Tên đơn vị,Loại\nA,CDC\n")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting("messageEn")
				.containsExactly("The header row has no \"Mã đơn vị\" column"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> UnitSheet.read("Mã đơn vị;Tên đơn vị;Loại\nA;Tr¹m;TYT\n".getBytes(Charset.forName("windows-1252"))));
	}

	@Test
	void unitTypesAreReadAsPeopleWriteThem() {
		assertThat(UnitTypeNames.parse("Trạm Y tế xã")).hasValue(UnitType.COMMUNE_HEALTH_STATION);
		assertThat(UnitTypeNames.parse("TTYT huyện")).hasValue(UnitType.DISTRICT_HEALTH_CENTRE);
		assertThat(UnitTypeNames.parse("Sở Y tế")).hasValue(UnitType.DEPARTMENT_OF_HEALTH);
		assertThat(UnitTypeNames.parse("hospital")).hasValue(UnitType.HOSPITAL);
		assertThat(UnitTypeNames.parse("Nhà thuốc")).isEmpty();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
