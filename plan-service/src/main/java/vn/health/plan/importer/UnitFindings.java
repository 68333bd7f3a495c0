package vn.health.plan.importer;

import java.util.List;
import java.util.Locale;

/** Kết quả đối chiếu — what the person must check after a unit was recognised in text, or was not. */
final class UnitFindings {

	/** Below this, a unit matched in text is shown as a guess to confirm. */
	static final double SURE = 0.8;

	private UnitFindings() {
	}

	static void check(UnitMatch match, String field, String printed, Integer line, List<ImportFinding> findings) {
		if (match.isEmpty()) {
			findings.add(ImportFinding.warning(field, "Không nhận ra đơn vị \"" + printed + "\" trong danh bạ: chọn đơn vị",
					"No directory unit or unit type recognised in \"" + printed + "\": choose one", line, printed));
		}
		else if (match.confidence() < SURE) {
			findings.add(ImportFinding.warning(field, String.format(Locale.ROOT, "Đối chiếu \"%s\" với %s chưa chắc chắn (độ tin cậy %.2f)",
					printed, described(match), match.confidence()), String.format(Locale.ROOT,
					"Matching \"%s\" to %s is uncertain (confidence %.2f)", printed, described(match), match.confidence()),
					line, printed));
		}
	}

	private static String described(UnitMatch match) {
		return match.unitIds().isEmpty() ? match.unitTypes().toString() : match.unitIds().toString();
	}

}
