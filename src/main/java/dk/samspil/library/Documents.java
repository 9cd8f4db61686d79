package dk.samspil.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.samspil.accounts.PersonId;
import dk.samspil.files.FileType;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.search.Viewer;
import dk.samspil.search.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The documents and notes with their attachments. */
@Repository
class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Document> find(long id) {
		return jdbc.sql("select * from library_document where id = ?").param(id).query(Documents::map).optional();
	}

	/** A group's documents the viewer may read, newest first. */
	List<Document> ofGroup(GroupId group, Viewer viewer, int limit) {
		return jdbc.sql("""
				select * from library_document where group_id = :group
				and (visibility = 'PUBLIC' or (:signedIn and visibility = 'MEMBERS') or :mayReadGroup)
				order by updated_at desc, id desc limit :limit""")
			.param("group", group.value())
			.param("signedIn", viewer.signedIn())
			.param("mayReadGroup", viewer.mayRead(group, Visibility.GROUP))
			.param("limit", limit)
			.query(Documents::map)
			.list();
	}

	/** Every document a group has made public, newest first: what anyone may read. */
	List<Document> published() {
		return jdbc.sql("select * from library_document where visibility = 'PUBLIC' order by updated_at desc, id desc")
			.query(Documents::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from library_document").query(Long.class).single();
	}

	long insert(GroupId group, DocumentForm form, PersonId author) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into library_document (group_id, kind, title, summary, body, visibility, themes, created_by)
				values (?, ?, ?, ?, ?, ?, cast(? as bigint[]), ?)""")
			.params(group.value(), form.kind().name(), form.title().strip(), form.summaryText(), form.bodyText(),
					form.visibility().name(), array(form.themeIds()), author.value())
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/**
	 * Saves the form over the version it was made from; false when someone saved another
	 * version meanwhile.
	 */
	boolean update(long id, DocumentForm form) {
		return jdbc.sql("""
				update library_document set kind = ?, title = ?, summary = ?, body = ?, visibility = ?,
				  themes = cast(? as bigint[]), updated_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(form.kind().name(), form.title().strip(), form.summaryText(), form.bodyText(),
					form.visibility().name(), array(form.themeIds()), id, form.version())
			.update() == 1;
	}

	void delete(long id) {
		jdbc.sql("delete from library_document where id = ?").param(id).update();
	}

	void attach(long document, String filename, FileType type, byte[] content) {
		jdbc.sql("""
				insert into library_attachment (document_id, filename, content_type, size, content)
				values (?, ?, ?, ?, ?)""")
			.params(document, filename, type.contentType(), content.length, content)
			.update();
	}

	List<Attachment> attachments(long document) {
		return jdbc.sql("""
				select id, document_id, filename, content_type, size from library_attachment
				where document_id = ? order by id""")
			.param(document)
			.query((rs, row) -> new Attachment(rs.getLong("id"), rs.getLong("document_id"), rs.getString("filename"),
					rs.getString("content_type"), rs.getLong("size")))
			.list();
	}

	Optional<byte[]> content(long document, long attachment) {
		return jdbc.sql("select content from library_attachment where id = ? and document_id = ?")
			.params(attachment, document)
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	void detach(long document, long attachment) {
		jdbc.sql("delete from library_attachment where id = ? and document_id = ?")
			.params(attachment, document)
			.update();
	}

	private static String array(List<ThemeId> themes) {
		return themes.stream().map(t -> String.valueOf(t.value())).collect(Collectors.joining(",", "{", "}"));
	}

	private static Document map(ResultSet rs, int row) throws SQLException {
		List<ThemeId> themes = Arrays.stream((Long[]) rs.getArray("themes").getArray()).map(ThemeId::new).toList();
		return new Document(rs.getLong("id"), new GroupId(rs.getLong("group_id")),
				DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("summary"),
				rs.getString("body"), Visibility.valueOf(rs.getString("visibility")), themes,
				new PersonId(rs.getLong("created_by")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("updated_at")), rs.getInt("version"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

}
