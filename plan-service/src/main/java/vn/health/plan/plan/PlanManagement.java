package vn.health.plan.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.health.contracts.plan.ReportingRequirement;
import vn.health.plan.directory.Directory;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.NotFoundException;

/** Drafts and issues plans; every check happens before anything is stored. */
@Service
public class PlanManagement {

	private static final Logger log = LoggerFactory.getLogger(PlanManagement.class);

	private final PlanRepository plans;

	private final Directory directory;

	private final Clock clock;

	PlanManagement(PlanRepository plans, Directory directory, Clock clock) {
		this.plans = plans;
		this.directory = directory;
		this.clock = clock;
	}

	public Plan createDraft(PlanDraft draft) {
		PlanDraftValidation.check(draft, this.directory);
		List<ReportingRequirement> requirements = new ArrayList<>();
		for (int i = 0; i < draft.requirements().size(); i++) {
			PlanDraft.Requirement requirement = draft.requirements().get(i);
			requirements.add(new ReportingRequirement("r" + (i + 1), requirement.title().strip(),
					requirement.dueDate(), requirement.dueRule(), requirement.reporterUnitIds().stream().distinct().toList(),
					requirement.recipientUnitId()));
		}
		String number = (draft.number() != null) ? draft.number().strip() : "";
		return this.plans.save(Plan.draft(UUID.randomUUID().toString(), number, draft.title().strip(), draft.year(),
				requirements, this.clock.instant()));
	}

	public Plan issue(String id) {
		Plan plan = get(id);
		if (plan.status() != PlanStatus.DRAFT) {
			throw new ConflictException("Kế hoạch đã được ban hành, không thể ban hành lại",
					"The plan is already issued");
		}
		plan.issue(this.clock.instant());
		Plan issued = this.plans.save(plan);
		log.info("Plan {} ({}) issued with {} reporting requirement(s)", issued.id(), issued.number(),
				issued.requirements().size());
		return issued;
	}

	public Plan get(String id) {
		return this.plans.findById(id)
			.orElseThrow(() -> new NotFoundException("Không có kế hoạch mã " + id, "No plan with id " + id));
	}

	public Page<Plan> list(Pageable pageable) {
		return this.plans.findAll(pageable);
	}

}
