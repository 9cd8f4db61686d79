package dk.samspil.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import dk.samspil.time.Written;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan's audit log as its reader reads it: names instead of codes, committees as the
 * municipality names them, words instead of states, Danish dates.
 */
@Component
class AuditLog {

	private final Councils councils;

	private final Accounts accounts;

	private final Region region;

	private final MessageSource messages;

	private final CommitteeNames committees;

	AuditLog(Councils councils, Accounts accounts, Region region, MessageSource messages, CommitteeNames committees) {
		this.committees = committees;
		this.councils = councils;
		this.accounts = accounts;
		this.region = region;
		this.messages = messages;
	}

	/**
	 * One change as shown: when, who (a dash for the system), what, and the state before
	 * and after in words.
	 */
	record Line(Instant at, String who, String what, String before, String after) {
	}

	List<Line> lines(long planId, Locale locale) {
		List<AuditEntry> entries = councils.auditLog(planId);
		Map<PersonId, String> names = new HashMap<>();
		accounts.findAll(entries.stream().map(AuditEntry::personId).filter(Objects::nonNull).distinct().toList())
			.forEach(p -> names.put(p.id(), p.displayName()));
		Map<MunicipalityCode, String> municipalities = new HashMap<>();
		region.municipalities().forEach(m -> municipalities.put(m.code(), m.name()));
		CommitteeNames.Named bodies = committees.in(locale);
		return entries.stream()
			.map(e -> new Line(e.at(), e.personId() == null ? "—" : names.getOrDefault(e.personId(), "—"),
					message("plans.audit." + e.what(), locale), write(e.before(), municipalities, bodies, locale),
					write(e.after(), municipalities, bodies, locale)))
			.toList();
	}

	/**
	 * A stored entry in the reader's words; prose written before entries had parts is
	 * shown as it is.
	 */
	String write(String stored, Map<MunicipalityCode, String> municipalities, CommitteeNames.Named bodies,
			Locale locale) {
		Map<String, String> parts = AuditText.parse(stored);
		if (parts == null) {
			return stored == null ? "" : stored;
		}
		Written written = Written.in(locale);
		List<String> words = new ArrayList<>();
		MunicipalityCode municipality = parts.containsKey("m") ? new MunicipalityCode(parts.get("m")) : null;
		parts.forEach((key, value) -> {
			switch (key) {
				case "m" -> words.add(municipalities.getOrDefault(municipality, value));
				case "body" -> words.add(bodies.name(municipality, Step.Body.valueOf(value)));
				case "v" -> words.add(message("plans.audit.part.version", locale, value));
				case "decision" -> words.add(message("plans.decision." + value, locale));
				case "date" -> words.add(written.date(LocalDate.parse(value)));
				case "from" -> words
					.add(written.date(LocalDate.parse(value)) + " – " + written.date(LocalDate.parse(parts.get("to"))));
				case "to" -> {
					// written with "from"
				}
				case "minor" -> words.add(message("plans.audit.part.minor", locale));
				case "state" -> words.add(message("plans.audit.part.state." + value, locale));
				case "objection" -> words.add(message("plans.audit.part.objection", locale, value));
				case "paragraph" -> words.add(message("plans.paragraph." + value, locale));
				case "stands" -> words.add(message("plans.audit.part.stands." + value, locale));
				case "responses" -> words.add(message("plans.audit.part.responses", locale, Long.valueOf(value)));
				case "steps" -> words.add(message("plans.audit.part.steps", locale, Long.valueOf(value)));
				case "reason" -> words.add(message("plans.audit.part.reason", locale, value));
				case "by" -> words.add(message("plans.audit.part.by", locale, value));
				default -> words.add(value);
			}
		});
		return String.join(" · ", words);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

}
