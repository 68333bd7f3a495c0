package vn.health.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page is the overview (Tổng quan). */
@Controller
class Home {

	@GetMapping("/")
	String home() {
		return "redirect:/tong-quan";
	}

}
