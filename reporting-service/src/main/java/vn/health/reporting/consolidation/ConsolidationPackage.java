package vn.health.reporting.consolidation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.health.reporting.directory.Directory;
import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.edxml.EdXmlWriter;

/**
 * Báo cáo tổng hợp thành gói tin — a consolidation as an edXML package (QCVN 102:2016/BTTTT) sent by the unit that
 * consolidates (From) to the unit above it (To): the report's text and its workbook attached. The DocumentId is made
 * from the figures, so the same figures sent twice carry the same id and a receiver drops the repeat, while a report
 * sent again after more units were accepted is a new document.
 */
@Component
class ConsolidationPackage {

	/** The province's time zone: the document is dated the day it is sent in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Directory directory;

	private final Clock clock;

	ConsolidationPackage(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	Packaged of(Consolidation consolidation) {
		String sender = consolidation.recipientUnitId();
		List<EdXmlHeader.Organ> to = this.directory.supervisorOf(sender).map(this::organ).stream().toList();
		String text = text(consolidation);
		EdXmlHeader header = new EdXmlHeader(organ(sender), to,
				"bc." + consolidation.planId() + "." + consolidation.requirementId() + "." + fingerprint(text), null,
				"BC-" + sender.toUpperCase(Locale.ROOT), null, LocalDate.now(this.clock.withZone(VIETNAM)), "Báo cáo",
				"Báo cáo tổng hợp: " + consolidation.requirementTitle()
						+ ((consolidation.planTitle() != null) ? " (" + consolidation.planTitle() + ")" : ""),
				null, to.stream().map(EdXmlHeader.Organ::organName).toList());
		String name = "bao-cao-tong-hop-" + consolidation.planId() + "-" + consolidation.requirementId();
		return new Packaged(name + ".xml", EdXmlWriter.write(header,
				List.of(new EdXmlAttachment(name + ".txt", "text/plain; charset=UTF-8",
						text.getBytes(StandardCharsets.UTF_8)),
						new EdXmlAttachment(name + ".xlsx", ConsolidationWorkbook.MEDIA_TYPE,
								ConsolidationWorkbook.of(consolidation)))));
	}

	/** What the consolidating unit sends in one action, and the totals line by line. */
	private static String text(Consolidation consolidation) {
		List<String> lines = new ArrayList<>();
		lines.add(ConsolidatedReport.of(consolidation, null).narrative());
		lines.add("Số liệu tổng hợp:");
		consolidation.columns()
			.forEach((column) -> lines.add("- " + column.label() + ": " + BigDecimal.valueOf(column.total()).stripTrailingZeros().toPlainString()));
		return String.join("\n", lines) + "\n";
	}

	private EdXmlHeader.Organ organ(String unitId) {
		return new EdXmlHeader.Organ(unitId, this.directory.nameOf(unitId).orElse(unitId));
	}

	private static String fingerprint(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** Gói tin đã tạo — the file name to offer and the package's bytes. */
	record Packaged(String fileName, byte[] xml) {

	}

}
