package vn.health.auth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Trang đăng nhập — the pages a person sees here, in Vietnamese: the sign-in form (Spring Security checks what it
 * posts), the sign-out confirmation, and the way back to the console. Errors use {@code templates/error.html}.
 */
@Controller
class SignInPages {

	private final String consoleHome;

	SignInPages(AuthProperties properties) {
		this.consoleHome = properties.console().postLogoutRedirectUri();
	}

	/** {@code ?error} after a failed sign-in, {@code ?logout} after signing out (Spring Security's redirects). */
	@GetMapping("/login")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			Model model) {
		model.addAttribute("failed", error != null).addAttribute("signedOut", logout != null);
		return "dang-nhap";
	}

	@GetMapping("/logout")
	String signOut() {
		return "dang-xuat";
	}

	/**
	 * Nothing here is for people to browse: a sign-in with no client waiting for it (the form opened by itself, or
	 * again with the back button) ends at the console, which signs in through this server as usual.
	 */
	@GetMapping("/")
	String home() {
		return "redirect:" + this.consoleHome;
	}

}
