package dk.samspil.library;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;
import dk.samspil.groups.Themes;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Public documents for anyone, without login, at an address of their own; nothing else is
 * reachable here.
 */
@Controller
class PublicDocumentController {

	private final Documents documents;

	private final GroupDirectory groups;

	private final Themes themes;

	PublicDocumentController(Documents documents, GroupDirectory groups, Themes themes) {
		this.documents = documents;
		this.groups = groups;
		this.themes = themes;
	}

	/** The public documents of every group, with the group that published each. */
	@GetMapping("/public/documents")
	String list(Model model) {
		List<Document> published = documents.published();
		Map<Long, String> groupNames = groups.all()
			.stream()
			.collect(Collectors.toMap(g -> g.id().value(), GroupInfo::name, (a, b) -> a));
		model.addAttribute("documents", published);
		model.addAttribute("groupNames", groupNames);
		return "library/public-documents";
	}

	@GetMapping("/public/documents/{id}")
	String show(@PathVariable long id, Model model) {
		Document document = published(id);
		DocumentView.fill(model, document, documents.attachments(id), groups, themes);
		model.addAttribute("mayEdit", false);
		model.addAttribute("publicView", true);
		return "library/document";
	}

	@GetMapping("/public/documents/{id}/attachments/{attachment}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachment) {
		published(id);
		return DocumentView.download(documents, id, attachment);
	}

	private Document published(long id) {
		return documents.find(id).filter(Document::isPublic).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
