package dk.samspil.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.markdown.Markdown;
import dk.samspil.search.SearchEntry;
import dk.samspil.search.Viewer;
import dk.samspil.search.Visibility;
import dk.samspil.time.DanishTime;

/**
 * A document or note of a group. Who may read it follows its visibility; who may change
 * it is the group's members and the secretariat.
 */
record Document(long id, GroupId group, DocumentKind kind, String title, String summary, String body,
		Visibility visibility, List<ThemeId> themes, PersonId createdBy, Instant createdAt, Instant updatedAt,
		int version) {

	static final String SEARCH_KIND = "document";

	Document {
		themes = List.copyOf(themes);
	}

	boolean mayBeReadBy(Viewer viewer) {
		return viewer.mayRead(group, visibility);
	}

	boolean mayBeEditedBy(Viewer viewer) {
		return mayBeEditedBy(viewer, group);
	}

	/**
	 * Only the group's own members (any role) and the secretariat write in a group's
	 * library.
	 */
	static boolean mayBeEditedBy(Viewer viewer, GroupId group) {
		return viewer.signedIn() && (viewer.secretariat() || viewer.isMemberOf(group));
	}

	public boolean isPublic() {
		return visibility == Visibility.PUBLIC;
	}

	public LocalDate updatedDay() {
		return updatedAt.atZone(DanishTime.ZONE).toLocalDate();
	}

	String url() {
		return "/library/" + id;
	}

	/**
	 * How the index should know it: title, summary, body and the names of its attachments
	 * are searchable.
	 */
	SearchEntry searchEntry(List<Attachment> attachments) {
		StringBuilder text = new StringBuilder(summary).append("\n\n").append(Markdown.toText(body));
		attachments.forEach(attachment -> text.append("\n").append(attachment.filename()));
		return new SearchEntry(SEARCH_KIND, String.valueOf(id), group, visibility, title, text.toString(), themes,
				updatedAt, url(), updatedAt);
	}
}
