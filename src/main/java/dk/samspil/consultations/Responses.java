package dk.samspil.consultations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.samspil.accounts.PersonId;
import dk.samspil.files.FileSizes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The responses to consultations, their attachments and their processing. */
@Repository
class Responses {

	private static final String SELECT = """
			select r.*, (select string_agg(anchor, ' ' order by anchor) from consultations_response_section s
			               where s.response_id = r.id) as anchors,
			       (select count(*) from consultations_attachment a where a.response_id = r.id) as attachment_count
			from consultations_response r""";

	/**
	 * What a line of the officials' list shows: the start of the text only, one character
	 * more than a line shows so that the line can tell it was cut.
	 */
	static final int EXCERPT = 241;

	private static final String LISTED = """
			select r.id, r.consultation_id, r.receipt, r.name, r.email, r.postcode, r.municipality_code, r.organisation,
			       r.whole_document, left(r.body, %d) as body, r.body_digest, r.late, r.received_at, r.withdrawn_at,
			       r.erased_at, r.assigned_to, r.caseworker_id, r.theme, r.summary, r.comment, r.outcome, r.change_text,
			       r.change_anchor, r.processing_version, r.kind,
			       (select string_agg(anchor, ' ' order by anchor) from consultations_response_section s
			         where s.response_id = r.id) as anchors,
			       (select count(*) from consultations_attachment a where a.response_id = r.id) as attachment_count
			from consultations_response r
			where r.consultation_id = ? and r.withdrawn_at is null
			order by r.received_at, r.id""".formatted(EXCERPT);

	private final JdbcClient jdbc;

	Responses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a response, its sections and its attachments in one statement, or finds the
	 * one already stored under the same form token: a second click, or a retry after a
	 * lost connection, waits for the first insert and then gets its receipt instead of a
	 * copy.
	 */
	Stored store(long consultationId, NewResponse r, boolean late, String withdrawToken) {
		return store(consultationId, r, late, withdrawToken, Response.Kind.RESPONSE);
	}

	/**
	 * An idea's receipt starts with I, a response's with H (høringssvar); both count from
	 * the same sequence.
	 */
	Stored store(long consultationId, NewResponse r, boolean late, String withdrawToken, Response.Kind kind) {
		// One round trip instead of one per section and per attachment: the inserts of
		// the sections and attachments
		// read the new row's id from the first insert, and insert nothing when the form
		// token was already there.
		StringBuilder sql = new StringBuilder(
				"""
						with r as (
						  insert into consultations_response (consultation_id, receipt, form_token, withdraw_token, name, email,
						    postcode, municipality_code, organisation, whole_document, body, late, client_network, kind)
						  values (?, ? || '-' || lpad(nextval('consultations_receipt_seq')::text, 6, '0'), ?, ?, ?, ?, ?, ?, ?, ?, ?,
						    ?, ?, ?)
						  on conflict (form_token) do nothing
						  returning id, receipt, received_at),
						s as (
						  insert into consultations_response_section (response_id, anchor)
						  select distinct r.id, anchor from r, unnest(?::text[]) anchor
						  on conflict do nothing)""");
		List<Object> params = new ArrayList<>(
				List.of(consultationId, kind == Response.Kind.IDEA ? "I" : "H", r.formToken(), withdrawToken));
		params.addAll(Arrays.asList(r.name(), r.email(), r.postcode(), r.municipality(), r.organisation(),
				r.anchors().isEmpty(), r.body(), late, r.clientNetwork(), kind.name()));
		params.add(r.anchors().toArray(String[]::new));
		for (int i = 0; i < r.attachments().size(); i++) {
			NewResponse.Upload upload = r.attachments().get(i);
			sql.append("""
					,
					a%d as (
					  insert into consultations_attachment (response_id, filename, content_type, content)
					  select r.id, ?, ?, ? from r)""".formatted(i));
			params.addAll(List.of(upload.filename(), upload.contentType(), upload.content()));
		}
		sql.append("\nselect id, receipt, received_at from r");
		Optional<Response> inserted = jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new Response(rs.getLong("id"), consultationId, rs.getString("receipt"), r.name(),
					r.email(), r.postcode(), r.municipality(), r.organisation(), r.anchors().isEmpty(), r.body(), late,
					rs.getTimestamp("received_at").toInstant(), null, null, r.anchors(), r.attachments().size(),
					Processing.NONE, 0, kind))
			.optional();
		if (inserted.isEmpty()) {
			return new Stored(byFormToken(r.formToken()).orElseThrow(), false);
		}
		return new Stored(inserted.get(), true);
	}

	record Stored(Response response, boolean isNew) {
	}

	Optional<Response> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::map).optional();
	}

	Optional<Response> byFormToken(String token) {
		return jdbc.sql(SELECT + " where r.form_token = ?").param(token).query(this::map).optional();
	}

	Optional<Response> byWithdrawToken(String token) {
		return jdbc.sql(SELECT + " where r.withdraw_token = ?").param(token).query(this::map).optional();
	}

	Optional<Response> byReceipt(String receipt) {
		return jdbc.sql(SELECT + " where r.receipt = ?").param(receipt).query(this::map).optional();
	}

	String withdrawToken(long responseId) {
		return jdbc.sql("select withdraw_token from consultations_response where id = ?")
			.param(responseId)
			.query(String.class)
			.single();
	}

	List<Response> ofConsultation(long consultationId) {
		return jdbc.sql(SELECT + " where r.consultation_id = ? order by r.received_at, r.id")
			.param(consultationId)
			.query(this::map)
			.list();
	}

	/**
	 * The consultation's responses not withdrawn, in the order received, each with only
	 * the start of its text (its body is an excerpt of {@link #EXCERPT} characters) and
	 * the digest of the whole text: a list of thousands of long responses reads what its
	 * lines show, not every text.
	 */
	List<Listed> listed(long consultationId) {
		return jdbc.sql(LISTED)
			.param(consultationId)
			.query((rs, row) -> new Listed(map(rs, row), rs.getString("body_digest")))
			.list();
	}

	/**
	 * A response whose body is only the start of its text, and the whole text's digest.
	 */
	record Listed(Response excerpt, String digest) {
	}

	/** The whole texts of these responses, by id. */
	Map<Long, String> texts(Collection<Long> ids) {
		Map<Long, String> texts = new HashMap<>();
		jdbc.sql("select id, body from consultations_response where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query(rs -> {
				texts.put(rs.getLong("id"), rs.getString("body"));
			});
		return texts;
	}

	/** Every response processed to the end and not withdrawn. */
	List<Long> processedIds() {
		return jdbc
			.sql("select id from consultations_response where status = 'DONE' and withdrawn_at is null order by id")
			.query(Long.class)
			.list();
	}

	List<Response> byEmail(String email) {
		return jdbc.sql(SELECT + " where lower(r.email) = lower(?) order by r.received_at")
			.param(email.strip())
			.query(this::map)
			.list();
	}

	/** The consultation's responses, ideas of the idea phase not counted. */
	long count(long consultationId) {
		return jdbc.sql("select count(*) from consultations_response where consultation_id = ? and kind = 'RESPONSE'")
			.param(consultationId)
			.query(Long.class)
			.single();
	}

	long ideas(long consultationId) {
		return jdbc.sql("select count(*) from consultations_response where consultation_id = ? and kind = 'IDEA'")
			.param(consultationId)
			.query(Long.class)
			.single();
	}

	boolean assignedToPerson(long consultationId, PersonId person) {
		return jdbc
			.sql("select exists (select 1 from consultations_response where consultation_id = ? "
					+ "and caseworker_id = ?)")
			.params(consultationId, person.value())
			.query(Boolean.class)
			.single();
	}

	/** Responses not withdrawn whose processing is not done. */
	long unprocessed(long consultationId) {
		return jdbc.sql("""
				select count(*) from consultations_response
				where consultation_id = ? and withdrawn_at is null and status <> 'DONE' and kind = 'RESPONSE'""")
			.param(consultationId)
			.query(Long.class)
			.single();
	}

	/**
	 * What the intake needs to know before it stores a response, in one round trip: makes
	 * the transaction's commit synchronous, finds a response already stored under the
	 * form token, counts the address's recent responses (no further than the limit,
	 * counted in the database so the limit holds across several instances) and reads the
	 * consultation's section anchors.
	 */
	BeforeStoring beforeStoring(String formToken, String clientNetwork, Instant since, int limit, long consultationId) {
		return jdbc
			.sql("""
					select set_config('synchronous_commit', 'on', true) as synchronous_commit,
					  (select id from consultations_response where form_token = ?) as existing,
					  (select count(*) from (select 1 from consultations_response where client_network = ? and received_at > ?
					    limit ?) recent) as recent,
					  (select array_agg(anchor) from consultations_section where consultation_id = ?) as anchors""")
			.params(formToken, clientNetwork, Timestamp.from(since), limit, consultationId)
			.query((rs, row) -> {
				Array anchors = rs.getArray("anchors");
				return new BeforeStoring(rs.getObject("existing", Long.class), rs.getLong("recent"),
						anchors == null ? List.of() : List.of((String[]) anchors.getArray()));
			})
			.single();
	}

	/**
	 * An earlier response under the same form token, if any; the address's recent
	 * responses; the known anchors.
	 */
	record BeforeStoring(Long existing, long recent, List<String> anchors) {
	}

	void withdraw(long id) {
		jdbc.sql("update consultations_response set withdrawn_at = coalesce(withdrawn_at, now()) where id = ?")
			.param(id)
			.update();
	}

	/**
	 * Saves the processing over the version it was made from (any version when
	 * {@code version} is null, for the other responses of a campaign processed as one);
	 * false when someone saved another version meanwhile.
	 */
	boolean process(long id, Processing p, Integer version) {
		return jdbc.sql("""
				update consultations_response set summary = ?, comment = ?, outcome = ?, change_text = ?,
				  change_anchor = ?, assigned_to = ?, caseworker_id = ?, theme = ?, status = ?,
				  processing_version = processing_version + 1
				where id = ? and (cast(? as integer) is null or processing_version = ?)""")
			.params(p.assessment().summary(), p.assessment().comment(),
					p.assessment().outcome() == null ? null : p.assessment().outcome().name(),
					p.assessment().changeText(), p.assessment().changeAnchor(), p.routing().assignedTo(),
					p.routing().caseworker() == null ? null : p.routing().caseworker().value(), p.routing().theme(),
					p.status().name(), id, version, version)
			.update() == 1;
	}

	/**
	 * Erases what identifies the author; the text, its processing and the organisation's
	 * name stay for the record.
	 */
	int erasePersonalData(long consultationId) {
		jdbc.sql("""
				delete from consultations_attachment where response_id in
				  (select id from consultations_response where consultation_id = ? and erased_at is null)""")
			.param(consultationId)
			.update();
		return jdbc.sql("""
				update consultations_response set name = null, email = null, postcode = null, client_network = null,
				  receipt_mailed_to = null, erased_at = now()
				where consultation_id = ? and erased_at is null""").param(consultationId).update();
	}

	/** Notes that a receipt for the response was put in the outbox for this address. */
	void receiptMailed(long responseId, String address) {
		jdbc.sql("update consultations_response set receipt_mailed_to = ? where id = ?")
			.params(address, responseId)
			.update();
	}

	/** The address a receipt was put in the outbox for, if one was. */
	Optional<String> receiptMailedTo(long responseId) {
		return jdbc.sql("select receipt_mailed_to from consultations_response where id = ?")
			.param(responseId)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap(o -> o);
	}

	List<Attachment> attachments(long responseId) {
		return jdbc
			.sql("select id, filename, content_type, length(content) as size from consultations_attachment "
					+ "where response_id = ? order by id")
			.param(responseId)
			.query((rs, row) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
					rs.getLong("size"), null))
			.list();
	}

	Optional<Attachment> attachment(long responseId, long attachmentId) {
		return jdbc.sql("select * from consultations_attachment where response_id = ? and id = ?")
			.params(responseId, attachmentId)
			.query((rs, row) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
					0, rs.getBytes("content")))
			.optional();
	}

	record Attachment(long id, String filename, String contentType, long size, byte[] content) {

		/** "1,2 MB" to a Danish reader, "1.2 MB" to an English one. */
		public String readableSize(Locale locale) {
			return FileSizes.readable(size, locale);
		}
	}

	private static Outcome outcome(String name) {
		return name == null ? null : Outcome.valueOf(name);
	}

	private Response map(ResultSet rs, int row) throws SQLException {
		String anchors = rs.getString("anchors");
		Long caseworker = rs.getObject("caseworker_id", Long.class);
		return new Response(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("receipt"),
				rs.getString("name"), rs.getString("email"), rs.getString("postcode"),
				rs.getString("municipality_code"), rs.getString("organisation"), rs.getBoolean("whole_document"),
				rs.getString("body"), rs.getBoolean("late"), instant(rs.getTimestamp("received_at")),
				instant(rs.getTimestamp("withdrawn_at")), instant(rs.getTimestamp("erased_at")),
				anchors == null ? List.of() : Arrays.asList(anchors.split(" ")), rs.getInt("attachment_count"),
				new Processing(
						new Processing.Routing(rs.getString("assigned_to"),
								caseworker == null ? null : new PersonId(caseworker), rs.getString("theme")),
						new Processing.Assessment(rs.getString("summary"), rs.getString("comment"),
								outcome(rs.getString("outcome")), rs.getString("change_text"),
								rs.getString("change_anchor"))),
				rs.getInt("processing_version"), Response.Kind.valueOf(rs.getString("kind")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
