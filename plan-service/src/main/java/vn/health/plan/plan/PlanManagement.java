package vn.health.plan.plan;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.health.contracts.directory.UnitType;
import vn.health.plan.directory.Directory;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.ForbiddenException;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

/**
 * Quản lý kế hoạch — drafts, edits, issues, amends, closes and revokes plans. Every check happens before
 * anything is stored; the plan itself decides whether the transition is allowed and records its event.
 */
@Service
public class PlanManagement {

	private static final Logger log = LoggerFactory.getLogger(PlanManagement.class);

	private final PlanRepository plans;

	private final PlanDraftValidation validation;

	private final Directory directory;

	private final Clock clock;

	PlanManagement(PlanRepository plans, PlanDraftValidation validation, Directory directory, Clock clock) {
		this.plans = plans;
		this.validation = validation;
		this.directory = directory;
		this.clock = clock;
	}

	public Plan createDraft(PlanDraft draft, String by) {
		this.validation.check(draft, null);
		return this.plans.save(Plan.draft(UUID.randomUUID().toString(), PlanContent.of(draft), by, this.clock.instant()));
	}

	public Plan editDraft(String id, PlanDraft draft, String by) {
		Plan plan = get(id);
		this.validation.check(draft, id);
		plan.edit(PlanContent.of(draft), by, this.clock.instant());
		return this.plans.save(plan);
	}

	public Plan issue(String id, String by) {
		Plan plan = get(id);
		this.validation.checkNumberIsFree(plan.content(), id);
		plan.issue(unitsFor(plan.content()), by, this.clock.instant());
		Plan issued = this.plans.save(plan);
		log.info("Plan {} ({}) issued with {} reporting requirement(s) and {} assignment(s)", issued.id(),
				issued.content().number(), issued.content().requirements().size(), issued.content().assignments().size());
		return issued;
	}

	public Plan amend(String id, String reason, PlanDraft amended, String by) {
		Plan plan = get(id);
		new InputErrors().check(amended != null, "plan", "Cần gửi toàn văn kế hoạch sau sửa đổi",
				"plan is required: the whole plan as it reads after the amendment").throwIfAny();
		this.validation.check(amended, id);
		PlanContent content = PlanContent.of(amended);
		plan.amend(content, unitsFor(content), reason, by, this.clock.instant());
		Plan saved = this.plans.save(plan);
		log.info("Plan {} ({}) amended to version {}", saved.id(), saved.content().number(), saved.version());
		return saved;
	}

	public Plan revoke(String id, String reason, String by) {
		Plan plan = get(id);
		plan.revoke(reason, by, this.clock.instant());
		Plan saved = this.plans.save(plan);
		log.info("Plan {} ({}) revoked at version {}", saved.id(), saved.content().number(), saved.version());
		return saved;
	}

	public Plan close(String id, String reason, String by) {
		Plan plan = get(id);
		plan.close(reason, by, this.clock.instant());
		Plan saved = this.plans.save(plan);
		log.info("Plan {} ({}) closed at version {}", saved.id(), saved.content().number(), saved.version());
		return saved;
	}

	/**
	 * The plan, if the caller may see it: every signed-in role sees issued, revoked and closed plans; a
	 * draft is the Sở's work in progress, seen only by PROVINCE_ADMIN.
	 */
	public Plan get(String id, Caller caller) {
		Plan plan = get(id);
		if (plan.status() == PlanStatus.DRAFT && !seesDrafts(caller)) {
			throw new ForbiddenException("Kế hoạch " + id + " đang là dự thảo, chỉ Sở Y tế xem được",
					"Plan " + id + " is a draft, which only the province administrators may see");
		}
		return plan;
	}

	public static boolean seesDrafts(Caller caller) {
		return caller.has(Role.PROVINCE_ADMIN);
	}

	public Plan get(String id) {
		return this.plans.findById(id)
			.orElseThrow(() -> new NotFoundException("Không có kế hoạch mã " + id, "No plan with id " + id));
	}

	/** The directory's units of every type the plan assigns or asks reports from, as they are now. */
	private UnitsByType unitsFor(PlanContent content) {
		Stream<UnitType> types = Stream.concat(content.assignments().stream().flatMap((task) -> task.unitTypes().stream()),
				content.requirements().stream().flatMap((report) -> report.reporterUnitTypes().stream()));
		return new UnitsByType(this.directory.idsByType(types.distinct().toList()));
	}

}
