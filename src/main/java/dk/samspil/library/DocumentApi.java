package dk.samspil.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.api.ApiPage;
import dk.samspil.api.Paged;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The documents the groups have made public, the same for every caller, as on
 * /public/documents; a document of any other visibility does not exist here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Public documents")
class DocumentApi {

	/** {@code body} is Markdown as written; {@code url} the page that shows it. */
	record DocumentView(long id, String group, String groupName, String kind, String title, String summary, String body,
			Instant updatedAt, String url, List<AttachmentView> attachments) {
	}

	/** {@code url} downloads the file, without a token. */
	record AttachmentView(String filename, String contentType, long size, String url) {
	}

	private final Documents documents;

	private final GroupDirectory groups;

	DocumentApi(Documents documents, GroupDirectory groups) {
		this.documents = documents;
		this.groups = groups;
	}

	@GetMapping("/documents")
	@Operation(summary = "Public documents, newest first (without their text and attachments)")
	Paged<DocumentView> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		ApiPage asked = ApiPage.of(page, size);
		Map<GroupId, GroupInfo> named = named();
		return Paged.of(documents.published().stream().map(d -> view(d, named, null, List.of())).toList(), asked);
	}

	@GetMapping("/documents/{id}")
	@Operation(summary = "One public document, with its text and attachments")
	DocumentView one(@PathVariable long id) {
		Document document = documents.find(id)
			.filter(Document::isPublic)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such public document."));
		List<AttachmentView> attachments = documents.attachments(id)
			.stream()
			.map(a -> new AttachmentView(a.filename(), a.contentType(), a.size(),
					"/public/documents/" + id + "/attachments/" + a.id()))
			.toList();
		return view(document, named(), document.body(), attachments);
	}

	private Map<GroupId, GroupInfo> named() {
		return groups.all().stream().collect(Collectors.toMap(GroupInfo::id, g -> g));
	}

	private static DocumentView view(Document d, Map<GroupId, GroupInfo> named, String body,
			List<AttachmentView> attachments) {
		GroupInfo group = named.get(d.group());
		return new DocumentView(d.id(), group == null ? null : group.slug(), group == null ? null : group.name(),
				d.kind().name(), d.title(), d.summary(), body, d.updatedAt(), "/public/documents/" + d.id(),
				attachments);
	}

}
