package vn.health.console.web;

import vn.health.console.api.DirectoryClient;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header and menu need: the signed-in user and which menu entries apply to the role. */
@ControllerAdvice(basePackages = "vn.health.console")
class PageModel {

	private final DirectoryClient directory;

	PageModel(DirectoryClient directory) {
		this.directory = directory;
	}

	@ModelAttribute("me")
	SignedInUser me(Caller caller) {
		return SignedInUser.of(caller, this.directory.name(caller.unitId()));
	}

	/** Sở admins import and issue plans. */
	@ModelAttribute("admin")
	boolean admin(Caller caller) {
		return caller.has(Role.PROVINCE_ADMIN) && !caller.unrestricted();
	}

	/** Recipients (CDC, Sở) see the review queue. */
	@ModelAttribute("reviewer")
	boolean reviewer(Caller caller) {
		return caller.hasAny(Role.COORDINATOR, Role.PROVINCE_ADMIN);
	}

}
