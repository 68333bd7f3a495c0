package vn.health.servicekit.security;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service in miniature, using the security API the way the platform's services will. */
@SpringBootApplication
class SecuredApplication {

	/** cdc → ttyt-yen-the → tyt-xa-dong-ky, and ttyt-tan-yen beside it. */
	static final Map<String, String> PARENTS = Map.of("ttyt-yen-the", "cdc", "ttyt-tan-yen", "cdc",
			"tyt-xa-dong-ky", "ttyt-yen-the", "cdc", "syt");

	@Bean
	UnitScope unitScope() {
		return new UnitScope(UnitHierarchy.byParents(PARENTS::get));
	}

	@RestController
	static class ReportsController {

		private final UnitScope scope;

		ReportsController(UnitScope scope) {
			this.scope = scope;
		}

		@GetMapping("/feeds/{unitId}.ics")
		String feed(@PathVariable String unitId) {
			return "feed of " + unitId;
		}

		@GetMapping("/whoami")
		Caller whoami(Caller caller) {
			return caller;
		}

		@GetMapping("/units/{unitId}/reports")
		Map<String, String> reports(@PathVariable String unitId, Caller caller) {
			this.scope.checkRead(caller, unitId);
			return Map.of("unit", unitId);
		}

		@PostMapping("/units/{unitId}/submissions")
		Map<String, String> submit(@PathVariable String unitId, Caller caller) {
			this.scope.checkOwn(caller, unitId);
			return Map.of("submittedBy", caller.subject());
		}

		@PostMapping("/plans")
		Map<String, String> issuePlan(Caller caller) {
			caller.requireAny(Role.PROVINCE_ADMIN);
			return Map.of("issued", "yes");
		}

		@PreAuthorize("hasRole('PROVINCE_ADMIN')")
		@PostMapping("/directory")
		Map<String, String> changeDirectory() {
			return Map.of("changed", "yes");
		}

	}

}
