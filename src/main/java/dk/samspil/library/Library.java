package dk.samspil.library;

import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.files.Upload;
import dk.samspil.groups.GroupId;
import dk.samspil.search.SearchEntryRemoved;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deleting documents. Each change tells the search index in the
 * same transaction, so what is stored and what can be found never drift apart.
 */
@Component
class Library {

	private final Documents documents;

	private final ApplicationEventPublisher events;

	Library(Documents documents, ApplicationEventPublisher events) {
		this.documents = documents;
		this.events = events;
	}

	@Transactional
	long create(GroupId group, DocumentForm form, List<Upload> uploads, PersonId author) {
		long id = documents.insert(group, form, author);
		uploads.forEach(upload -> documents.attach(id, upload.filename(), upload.type(), upload.content()));
		publish(id);
		return id;
	}

	/**
	 * Saves the changes, unless someone saved the document after the form was opened:
	 * then nothing is saved and the document as it is now is returned, to be shown beside
	 * what was typed.
	 */
	@Transactional
	Optional<Document> update(Document document, DocumentForm form, List<Upload> uploads, List<Long> removed) {
		if (!documents.update(document.id(), form)) {
			return documents.find(document.id());
		}
		removed.forEach(attachment -> documents.detach(document.id(), attachment));
		uploads.forEach(upload -> documents.attach(document.id(), upload.filename(), upload.type(), upload.content()));
		publish(document.id());
		return Optional.empty();
	}

	@Transactional
	void delete(Document document) {
		documents.delete(document.id());
		events.publishEvent(new SearchEntryRemoved(Document.SEARCH_KIND, String.valueOf(document.id())));
	}

	private void publish(long id) {
		Document stored = documents.find(id).orElseThrow();
		events.publishEvent(stored.searchEntry(documents.attachments(id)));
	}

}
