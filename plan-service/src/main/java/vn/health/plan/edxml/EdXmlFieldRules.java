package vn.health.plan.edxml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.web.FieldProblem;

/**
 * Quy tắc trường — what a package must hold before it leaves the platform: the fields {@link EdXmlReader}
 * (and the receiving systems) require, and lengths that keep each value inside what document management
 * systems store. The limits are this platform's, chosen for QCVN 102 headers as seen in practice; they are
 * not copied from the standard's schema.
 */
final class EdXmlFieldRules {

	private static final Pattern CODE_NUMBER = Pattern.compile("\\d{1,11}");

	private EdXmlFieldRules() {
	}

	/** The problems of {@code header}, empty when it may be sent. */
	static List<FieldProblem> check(EdXmlHeader header) {
		List<FieldProblem> problems = new ArrayList<>();
		required(problems, "MessageHeader.From.OrganId", header.from().organId(), 100,
				"kế hoạch chưa có cơ quan ban hành trong danh bạ", "the plan has no issuer from the directory");
		required(problems, "MessageHeader.From.OrganName", header.from().organName(), 200,
				"kế hoạch chưa có cơ quan ban hành trong danh bạ", "the plan has no issuer from the directory");
		required(problems, "MessageHeader.DocumentId", header.documentId(), 100, "", "");
		required(problems, "MessageHeader.Code.CodeNotation", header.codeNotation(), 30,
				"số, ký hiệu phải có dạng 91/KH-SYT", "the number must read like 91/KH-SYT");
		if (header.codeNumber() != null && !CODE_NUMBER.matcher(header.codeNumber()).matches()) {
			problems.add(new FieldProblem("MessageHeader.Code.CodeNumber", "Số văn bản phải là 1 đến 11 chữ số",
					"The document number must be 1 to 11 digits"));
		}
		if (header.promulgationDate() == null) {
			problems.add(new FieldProblem("MessageHeader.PromulgationInfo.PromulgationDate", "Thiếu ngày ban hành",
					"The promulgation date is missing"));
		}
		longest(problems, "MessageHeader.PromulgationInfo.Place", header.place(), 100);
		required(problems, "MessageHeader.Subject", header.subject(), 500, "", "");
		if (header.signer() != null) {
			longest(problems, "MessageHeader.SignerInfo.Competence", header.signer().competence(), 100);
			longest(problems, "MessageHeader.SignerInfo.Function", header.signer().function(), 100);
			longest(problems, "MessageHeader.SignerInfo.FullName", header.signer().fullName(), 50);
		}
		for (int i = 0; i < header.toPlaces().size(); i++) {
			longest(problems, "MessageHeader.ToPlaces.Place[" + i + "]", header.toPlaces().get(i), 500);
		}
		return problems;
	}

	private static void required(List<FieldProblem> problems, String field, String value, int max, String why,
			String whyEn) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "Thiếu trường bắt buộc " + field + (why.isEmpty() ? "" : ": " + why),
					"Required field " + field + " is missing" + (whyEn.isEmpty() ? "" : ": " + whyEn)));
			return;
		}
		longest(problems, field, value, max);
	}

	private static void longest(List<FieldProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new FieldProblem(field, field + " dài " + value.length() + " ký tự, tối đa " + max,
					field + " is " + value.length() + " characters long, at most " + max));
		}
	}

}
