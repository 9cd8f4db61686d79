package dk.samspil.library;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.samspil.files.Downloads;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.Themes;
import dk.samspil.markdown.Markdown;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What the signed-in and the public page of a document share: its model and its
 * downloads.
 */
final class DocumentView {

	private DocumentView() {
	}

	static void fill(Model model, Document document, List<Attachment> attachments, GroupDirectory groups,
			Themes themes) {
		model.addAttribute("document", document);
		model.addAttribute("group", groups.find(document.group()).orElseThrow());
		model.addAttribute("themes", themes.findAll(document.themes()));
		model.addAttribute("bodyHtml", Markdown.toHtml(document.body()));
		model.addAttribute("attachments", attachments);
	}

	/**
	 * Always a download, never shown inline, and the browser must not guess another type
	 * than we found.
	 */
	static ResponseEntity<byte[]> download(Documents documents, long id, long attachment) {
		Attachment file = documents.attachments(id)
			.stream()
			.filter(a -> a.id() == attachment)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		byte[] content = documents.content(id, attachment).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Downloads.attachment(file.filename(), file.contentType(), content);
	}

}
