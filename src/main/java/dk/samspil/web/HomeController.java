package dk.samspil.web;

import dk.samspil.region.Municipality;
import dk.samspil.region.Region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page: what the collaboration is and who takes part. */
@Controller
class HomeController {

	private final Region region;

	HomeController(Region region) {
		this.region = region;
	}

	@GetMapping("/")
	String home(Model model) {
		var municipalities = region.municipalities();
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("totalPopulation", municipalities.stream().mapToInt(Municipality::population).sum());
		return "home";
	}

}
