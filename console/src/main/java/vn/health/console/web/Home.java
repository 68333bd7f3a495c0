package vn.health.console.web;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: recipients land on their review queue, everyone else on their unit's reports. */
@Controller
class Home {

	@GetMapping("/")
	String home(Caller caller) {
		return caller.hasAny(Role.COORDINATOR, Role.PROVINCE_ADMIN) && !caller.unrestricted() ? "redirect:/tiep-nhan"
				: "redirect:/bao-cao";
	}

}
