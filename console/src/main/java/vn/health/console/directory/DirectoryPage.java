package vn.health.console.directory;

import vn.health.console.api.DirectoryClient;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Đơn vị: the unit directory as a tree with each unit's contacts. */
@Controller
class DirectoryPage {

	private final DirectoryClient directory;

	DirectoryPage(DirectoryClient directory) {
		this.directory = directory;
	}

	@GetMapping("/don-vi")
	String tree(Model model) {
		model.addAttribute("tree", UnitTree.of(this.directory.units().values()));
		model.addAttribute("count", this.directory.units().size());
		return "don-vi";
	}

}
