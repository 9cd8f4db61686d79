package dk.samspil.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.samspil.files.Downloads;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everything held about one e-mail address, for the secretariat to hand over on request
 * (GDPR art. 15).
 */
@Controller
class PersonalDataController {

	private final Responses responses;

	private final Consultations consultations;

	private final JsonMapper json;

	PersonalDataController(Responses responses, Consultations consultations, JsonMapper json) {
		this.responses = responses;
		this.consultations = consultations;
		this.json = json;
	}

	@GetMapping("/processing/personal-data")
	@PreAuthorize("hasRole('SECRETARIAT')")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String email) {
		List<Map<String, Object>> held = responses.byEmail(email).stream().map(this::describe).toList();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("email", email.strip());
		export.put("responses", held);
		return Downloads.attachment("personal-data.json", MediaType.APPLICATION_JSON_VALUE,
				json.writeValueAsBytes(export));
	}

	private Map<String, Object> describe(Response r) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("consultation", consultations.find(r.consultationId()).map(Consultation::title).orElse(""));
		data.put("receipt", r.receipt());
		data.put("receivedAt", r.receivedAt().toString());
		data.put("name", r.name());
		data.put("email", r.email());
		data.put("postcode", r.postcode());
		data.put("organisation", r.organisation());
		data.put("sections", r.anchors());
		data.put("text", r.body());
		data.put("late", r.late());
		data.put("withdrawn", r.withdrawn());
		data.put("attachments", responses.attachments(r.id()).stream().map(Responses.Attachment::filename).toList());
		data.put("summary", r.summary());
		data.put("comment", r.comment());
		data.put("outcome", r.outcome());
		return data;
	}

}
