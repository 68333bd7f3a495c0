package vn.health.servicekit.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * Thông tin văn bản ({@code MessageHeader}) — what the sending agency says about the document, as sent.
 *
 * @param documentId the sender's id of the document; with {@code from.organId} it identifies the package
 * @param codeNumber {@code 91} of {@code 91/KH-SYT}; may be blank on an unnumbered document
 * @param codeNotation {@code KH-SYT}
 * @param documentType {@code TypeName} when given ({@code Kế hoạch}), else {@code Type}
 */
public record EdXmlHeader(Organ from, List<Organ> to, String documentId, String codeNumber, String codeNotation,
		String place, LocalDate promulgationDate, String documentType, String subject, SignerInfo signer,
		List<String> toPlaces) {

	public EdXmlHeader {
		to = List.copyOf(to);
		toPlaces = List.copyOf(toPlaces);
	}

	/** The number line of Nghị định 30/2020: {@code 91/KH-SYT}, or {@code /KH-SYT} when not yet numbered. */
	public String number() {
		return ((this.codeNumber != null) ? this.codeNumber.strip() : "") + "/" + this.codeNotation.strip();
	}

	/** Cơ quan, tổ chức — a sending or receiving agency, by its exchange code and name. */
	public record Organ(String organId, String organName) {

	}

	/** Người ký — {@code Competence} ("KT. GIÁM ĐỐC"), {@code Function} ("PHÓ GIÁM ĐỐC"), {@code FullName}. */
	public record SignerInfo(String competence, String function, String fullName) {

	}

}
