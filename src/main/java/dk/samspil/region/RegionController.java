package dk.samspil.region;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegionController {

	private final Municipalities municipalities;

	private final Boundaries boundaries;

	private final BoundaryImporter importer;

	private final String defaultAttribution;

	private final MessageSource messages;

	private final JsonMapper json;

	RegionController(Municipalities municipalities, Boundaries boundaries, BoundaryImporter importer,
			@Value("${samspil.region.boundaries-attribution}") String defaultAttribution, MessageSource messages,
			JsonMapper json) {
		this.messages = messages;
		this.json = json;
		this.municipalities = municipalities;
		this.boundaries = boundaries;
		this.importer = importer;
		this.defaultAttribution = defaultAttribution;
	}

	@GetMapping("/region")
	String region(Model model) {
		List<Municipality> all = municipalities.findAll();
		model.addAttribute("municipalities", all);
		model.addAttribute("totalPopulation", all.stream().mapToInt(Municipality::population).sum());
		model.addAttribute("municipalitiesJson", json.writeValueAsString(all.stream().map(MapPoint::of).toList()));
		model.addAttribute("boundaryImport", boundaries.latestImport().orElse(null));
		model.addAttribute("maxBoundaryMegabytes", AcceptedFiles.BOUNDARIES.maxSize().toMegabytes());
		if (!model.containsAttribute("attribution")) {
			model.addAttribute("attribution", defaultAttribution);
		}
		return "region/region";
	}

	@GetMapping(path = "/region/boundaries.geojson", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String boundaries() {
		return boundaries.featureCollection();
	}

	@PostMapping("/region/boundaries")
	@PreAuthorize("hasRole('SECRETARIAT')")
	String importBoundaries(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "attribution", defaultValue = "") String attribution, Principal principal,
			Locale locale, Model model, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new BoundaryImportException("region.boundaries.error.missing");
			}
			if (AcceptedFiles.BOUNDARIES.tooLarge(file.getSize())) {
				throw new BoundaryImportException("region.boundaries.error.tooLarge",
						AcceptedFiles.BOUNDARIES.maxSize().toMegabytes());
			}
			String name = FileNames.safe(file.getOriginalFilename());
			Upload upload = AcceptedFiles.BOUNDARIES.check(name, file.getBytes())
				.orElseThrow(() -> new BoundaryImportException("region.boundaries.error.type", name));
			int count = importer.importFile(upload.content(), upload.filename(), attribution, principal.getName());
			redirect.addFlashAttribute("done",
					messages.getMessage("region.boundaries.imported", new Object[] { count }, locale));
			return "redirect:/region";
		}
		catch (BoundaryImportException ex) {
			model.addAttribute("importError", ex.reason(messages, locale));
			model.addAttribute("attribution", attribution);
			return region(model);
		}
	}

	/** What the map needs to put a municipality on it when there are no boundaries. */
	record MapPoint(String code, String name, int population, Integer populationYear, double lat, double lon) {

		static MapPoint of(Municipality m) {
			return new MapPoint(m.code().value(), m.name(), m.population(), m.populationYear(), m.latitude(),
					m.longitude());
		}
	}

}
