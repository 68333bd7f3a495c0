package vn.health.reporting.obligation;

import vn.health.servicekit.web.ForbiddenException;
import vn.health.servicekit.web.InputErrors;

/**
 * Đơn vị thực hiện — the unit a request acts for, from the {@value #HEADER} header the gateway sets
 * (until tokens carry it). Only the reporter unit submits and only the recipient unit reviews.
 */
public record ActingUnit(String unitId) {

	public static final String HEADER = "X-Unit-Id";

	/** Reads the header into {@code errors} as a field problem when it is missing. */
	public static ActingUnit from(String header, InputErrors errors) {
		errors.requireText(header, HEADER, "Thiếu mã đơn vị thực hiện (" + HEADER + ")",
				"The acting unit (" + HEADER + ") is missing");
		return new ActingUnit((header != null) ? header.strip() : null);
	}

	public void requireReporterOf(Obligation obligation) {
		if (!this.unitId.equals(obligation.unitId())) {
			throw forbidden("Chỉ đơn vị " + obligation.unitId() + " được nộp báo cáo này",
					"Only unit " + obligation.unitId() + " may submit this report");
		}
	}

	public void requireRecipientOf(Obligation obligation) {
		if (!this.unitId.equals(obligation.recipientUnitId())) {
			throw forbidden("Chỉ đơn vị nhận báo cáo " + obligation.recipientUnitId() + " được duyệt báo cáo này",
					"Only the recipient unit " + obligation.recipientUnitId() + " may review this report");
		}
	}

	private ForbiddenException forbidden(String messageVi, String messageEn) {
		return new ForbiddenException(messageVi + " (" + HEADER + ": " + this.unitId + ")",
				messageEn + " (" + HEADER + ": " + this.unitId + ")");
	}

}
