package vn.health.plan.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.plan.Assignment;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanClosed;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanRevoked;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.outbox.AggregateRoot;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InputErrors;

/**
 * Kế hoạch — a plan of the province: drafted and edited in place, issued (ban hành) to the units it
 * names, then changed only by amendments (each a new version), closed when done, or revoked. Every transition
 * records its one event in this document (the outbox) and appends to the plan's history; the content of each
 * version an amendment replaced is kept.
 */
@Document("plans")
@CompoundIndex(name = "issuer_year_number", def = "{'content.issuerUnitId': 1, 'content.year': 1, 'content.number': 1}")
public class Plan extends AggregateRoot {

	@Id
	private String id;

	@Indexed
	private PlanStatus status;

	private int version;

	private PlanContent content;

	/** Number, title, place and themes without diacritics, lower case: "truyen thong" finds "truyền thông". */
	private String searchText;

	private Instant createdAt;

	private Instant issuedAt;

	private Instant amendedAt;

	private Instant revokedAt;

	private Instant closedAt;

	private List<HistoryEntry> history = new ArrayList<>();

	/** The content of every version an amendment replaced, oldest first; the current one is {@link #content}. */
	private List<PlanVersion> versions = new ArrayList<>();

	private List<Attachment> attachments = new ArrayList<>();

	/** What is odd but allowed in the current content ({@link PlanWarnings}); errors never get this far. */
	private List<FieldProblem> warnings = new ArrayList<>();

	@Version
	private Long revision;

	protected Plan() {
	}

	static Plan draft(String id, PlanContent content, String by, Instant now) {
		Plan plan = new Plan();
		plan.id = id;
		plan.status = PlanStatus.DRAFT;
		plan.version = 1;
		plan.createdAt = now;
		plan.replaceContent(content);
		plan.history.add(new HistoryEntry(PlanChange.CREATED, 1, by, now, List.of(), null, null));
		return plan;
	}

	/** Only a draft changes in place; an issued plan changes by {@link #amend}. */
	void edit(PlanContent edited, String by, Instant now) {
		requireStatus(PlanStatus.DRAFT, "Chỉ sửa trực tiếp được dự thảo; kế hoạch đã ban hành phải sửa đổi bằng văn bản sửa đổi",
				"Only a draft can be edited in place; an issued plan changes by amendment");
		List<String> changed = edited.changedFrom(this.content);
		replaceContent(edited);
		this.history.add(new HistoryEntry(PlanChange.EDITED, this.version, by, now, changed, null, null));
	}

	/**
	 * Resolves assignments and reporters from the directory as it is now and announces the full snapshot; refused,
	 * with nothing changed, while the draft lacks what binds units ({@link PlanCompleteness}).
	 */
	void issue(UnitsByType units, String by, Instant now) {
		requireStatus(PlanStatus.DRAFT, "Chỉ ban hành được dự thảo; kế hoạch này đã ban hành hoặc đã thu hồi",
				"Only a draft can be issued; this plan is already issued or revoked");
		PlanContent resolved = this.content.resolvedWith(units);
		IncompletePlan.throwBeforeIssueIfAny(PlanCompleteness.toBindUnits(resolved));
		replaceContent(resolved);
		this.status = PlanStatus.ISSUED;
		this.issuedAt = now;
		this.history.add(new HistoryEntry(PlanChange.ISSUED, this.version, by, now, List.of(), null, null));
		record(new PlanIssued(this.id, resolved.number(), resolved.title(), resolved.year(), now, requirements(resolved),
				this.version, resolved.issuerUnitId(), resolved.kind(), resolved.period(), assignments(resolved),
				resolved.themes(), resolved.alertLadder()), now);
	}

	/** Replaces the issued content with {@code amended} as the next version, for the reason given; complete, as for issuing. */
	void amend(PlanContent amended, UnitsByType units, String reason, String by, Instant now) {
		requireStatus(PlanStatus.ISSUED, "Chỉ sửa đổi được kế hoạch đang có hiệu lực (đã ban hành)",
				"Only an issued plan in force can be amended");
		requireReason(reason);
		PlanContent resolved = amended.resolvedWith(units);
		List<String> changed = resolved.changedFrom(this.content);
		new InputErrors().check(!changed.isEmpty(), "plan", "Bản sửa đổi không thay đổi nội dung nào của kế hoạch",
				"The amendment changes nothing in the plan").throwIfAny();
		IncompletePlan.throwBeforeAmendmentIfAny(PlanCompleteness.toBindUnits(resolved));
		this.versions.add(new PlanVersion(this.version, this.content));
		replaceContent(resolved);
		this.version++;
		this.amendedAt = now;
		this.history.add(new HistoryEntry(PlanChange.AMENDED, this.version, by, now, changed, reason.strip(), null));
		record(new PlanAmended(this.id, resolved.number(), resolved.title(), resolved.year(), now,
				requirements(resolved), this.version, resolved.issuerUnitId(), resolved.kind(), resolved.period(),
				assignments(resolved), resolved.themes(), reason.strip(), changed, resolved.alertLadder()), now);
	}

	void revoke(String reason, String by, Instant now) {
		requireStatus(PlanStatus.ISSUED, "Chỉ thu hồi được kế hoạch đang có hiệu lực (đã ban hành)",
				"Only an issued plan in force can be revoked");
		requireReason(reason);
		this.status = PlanStatus.REVOKED;
		this.revokedAt = now;
		this.history.add(new HistoryEntry(PlanChange.REVOKED, this.version, by, now, List.of(), reason.strip(), null));
		record(new PlanRevoked(this.id, this.content.number(), this.content.title(), this.content.year(), this.version,
				reason.strip(), now), now);
	}

	/** The plan has run its course: it stays in force as the record of what was asked, but changes no more. */
	void close(String reason, String by, Instant now) {
		requireStatus(PlanStatus.ISSUED, "Chỉ kết thúc được kế hoạch đang có hiệu lực (đã ban hành)",
				"Only an issued plan in force can be closed");
		new InputErrors().check(reason == null || reason.length() <= 2000, "reason", "Lý do tối đa 2000 ký tự",
				"reason is at most 2000 characters").throwIfAny();
		this.status = PlanStatus.CLOSED;
		this.closedAt = now;
		this.history.add(new HistoryEntry(PlanChange.CLOSED, this.version, by, now, List.of(),
				(reason != null && !reason.isBlank()) ? reason.strip() : null, null));
		record(new PlanClosed(this.id, this.content.number(), this.version, now), now);
	}

	/** A file joins a draft or a plan in force; a closed or revoked plan is the record as it stood. */
	void checkCanAttach(int maxPerPlan) {
		if (this.status != PlanStatus.DRAFT && this.status != PlanStatus.ISSUED) {
			throw new ConflictException("Chỉ đính kèm tệp vào dự thảo hoặc kế hoạch đang có hiệu lực",
					"Files can be attached only to a draft or an issued plan in force");
		}
		if (this.attachments.size() >= maxPerPlan) {
			throw new ConflictException("Kế hoạch đã có đủ " + maxPerPlan + " tệp đính kèm",
					"The plan already has the maximum of " + maxPerPlan + " attachments");
		}
	}

	void attach(Attachment attachment, Instant now) {
		this.attachments.add(attachment);
		this.history.add(new HistoryEntry(PlanChange.ATTACHED, this.version, attachment.by(), now,
				List.of("attachments"), null, attachment.fileName()));
	}

	Optional<Attachment> attachmentWithChecksum(String sha256) {
		return this.attachments.stream().filter((attachment) -> attachment.sha256().equals(sha256)).findFirst();
	}

	/** The content of {@code number} as it read while in force (the current one for the current version). */
	Optional<PlanContent> contentOfVersion(int number) {
		if (number == this.version) {
			return Optional.of(this.content);
		}
		return this.versions.stream().filter((kept) -> kept.version() == number).map(PlanVersion::content).findFirst();
	}

	private void requireStatus(PlanStatus required, String messageVi, String messageEn) {
		if (this.status != required) {
			throw new ConflictException(messageVi, messageEn);
		}
	}

	private static void requireReason(String reason) {
		new InputErrors().requireText(reason, "reason", "Cần ghi lý do", "reason is required")
			.check(reason == null || reason.length() <= 2000, "reason", "Lý do tối đa 2000 ký tự",
					"reason is at most 2000 characters")
			.throwIfAny();
	}

	private void replaceContent(PlanContent replacement) {
		this.content = replacement;
		this.searchText = SearchText.of(replacement);
		this.warnings = new ArrayList<>(PlanWarnings.of(replacement));
	}

	private static List<ReportingRequirement> requirements(PlanContent content) {
		return content.requirements().stream().map(RequiredReport::toContract).toList();
	}

	private static List<Assignment> assignments(PlanContent content) {
		return content.assignments().stream().map(AssignedTask::toContract).toList();
	}

	public String id() {
		return this.id;
	}

	public PlanStatus status() {
		return this.status;
	}

	public int version() {
		return this.version;
	}

	public PlanContent content() {
		return this.content;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

	public Instant amendedAt() {
		return this.amendedAt;
	}

	public Instant revokedAt() {
		return this.revokedAt;
	}

	public Instant closedAt() {
		return this.closedAt;
	}

	/** What the plan still lacks before it can be issued; empty once issued. */
	public List<FieldProblem> missing() {
		return PlanCompleteness.missing(this.content);
	}

	public List<FieldProblem> warnings() {
		return Collections.unmodifiableList(this.warnings);
	}

	public List<Attachment> attachments() {
		return Collections.unmodifiableList(this.attachments);
	}

	public List<HistoryEntry> history() {
		return Collections.unmodifiableList(this.history);
	}

}
