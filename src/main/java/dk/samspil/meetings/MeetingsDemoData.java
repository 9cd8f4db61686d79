package dk.samspil.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.Themes;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.time.DanishTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A past meeting of Teknisk vand with approved minutes, a decision and tasks, upcoming
 * meetings open for proposals, and a cancelled one, so the demo shows meetings in every
 * state. No mail is sent for them.
 */
@Component
@Order(50)
class MeetingsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

	private final Meetings meetings;

	private final AgendaItems items;

	private final AgendaDesk agendas;

	private final MinutesDesk minutes;

	private final DecisionDesk decisions;

	private final GroupDirectory groups;

	private final Accounts accounts;

	private final Themes themes;

	private final MeetingSearch search;

	private final boolean enabled;

	private final Clock clock;

	MeetingsDemoData(Meetings meetings, AgendaItems items, AgendaDesk agendas, MinutesDesk minutes,
			DecisionDesk decisions, GroupDirectory groups, Accounts accounts, Themes themes, MeetingSearch search,
			@Value("${samspil.demo.enabled}") boolean enabled, Clock clock) {
		this.clock = clock;
		this.search = search;
		this.meetings = meetings;
		this.items = items;
		this.agendas = agendas;
		this.minutes = minutes;
		this.decisions = decisions;
		this.groups = groups;
		this.accounts = accounts;
		this.themes = themes;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || accounts.findByUsername("sekretariat").isEmpty() || meetings.count() > 0
				|| groups.findBySlug("teknisk-vand").isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		GroupId water = groups.findBySlug("teknisk-vand").orElseThrow().id();
		PersonId chair = person("fredericia.vand");
		PersonId member = person("vejle.vand");

		Meeting past = meeting(water, "Teknisk vand, møde 3", today.minusWeeks(3));
		AgendaItem reuse = item(past, member, "Genbrug af renset spildevand i Fredericia",
				"Status fra vandpartnerskabet: renseanlægget er dimensioneret til 420.000 PE.", true);
		AgendaItem ptx = item(past, chair, "Vandbehov for PtX-anlæg",
				"HySynergy fase 2 (300 MW) kan kræve over 1 mio. m³ råvand om året.", true);
		items.saveMinutes(reuse.id(), "Gruppen drøftede kvalitetskrav til industrivand.",
				"Fredericia laver et notat om mulige aftagere.");
		items.saveMinutes(ptx.id(), "Behovet er stort i forhold til de lokale grundvandsressourcer.",
				"Spørgsmålet sendes til Vandressourcen.");
		Meeting written = meetings.find(past.id()).orElseThrow();
		// All but the last member attended, so the minutes show how apologies are listed.
		List<PersonId> members = List.copyOf(minutes.invitees(written));
		List<PersonId> present = members.size() > 2 ? members.subList(0, members.size() - 1) : members;
		minutes.write(written, Map.of(), new Attendance(present, List.of(), "Rådgiver fra vandselskabet"));
		minutes.sendForApproval(written);
		minutes.approve(meetings.find(past.id()).orElseThrow(), clock.instant());
		long decision = decisions.record(items.find(reuse.id()).orElseThrow(),
				"Renset spildevand undersøges som første kilde til industrivand, før nye grundvandsboringer.",
				past.start().toLocalDate(), today.plusMonths(6), null);
		decisions.addTask(water, reuse.id(), decision, "Notat om aftagere af renset spildevand",
				new TaskOwner(chair, null), today.plusWeeks(2));
		decisions.addTask(water, ptx.id(), null, "Opgør kommunens forventede vandbehov til PtX",
				new TaskOwner(null, new MunicipalityCode("0630")), today.minusDays(2));
		decisions.addTask(water, ptx.id(), null, "Send data om grundvandsdannelse", new TaskOwner(member, null),
				today.plusDays(2));

		Meeting next = meeting(water, "Teknisk vand, møde 4", today.plusDays(10));
		item(next, chair, "Opfølgning på notat om renset spildevand", "", true);
		item(next, member, "Erfaringer fra Vejles vandplan", "Kort oplæg fra Vejle.", false);
		meetings.markPublished(next.id(), clock.instant());
		Meeting extra = meeting(water, "Teknisk vand, ekstra møde om tørke", today.plusDays(5));
		meetings.cancel(extra.id(), new Cancellation(clock.instant(), chair, "Tørken drøftes i stedet på møde 4."));

		groups.findBySlug("vandressourcen").ifPresent(project -> {
			Meeting held = meeting(project.id(), "Vandressourcen, møde 2", today.minusWeeks(1));
			AgendaItem growth = item(held, member, "HySynergy mod 1 GW: hvem kommer til at mangle vand?",
					"Spørgsmålet fra Teknisk vand: kan renset spildevand fra Fredericia og Kolding dække væksten?",
					true);
			items.saveMinutes(growth.id(), "Gruppen gennemgik kørslen af Trekantområdets model.",
					"Teknisk vand fra renseanlæggene skal være første kilde for PtX.");
			decisions.record(items.find(growth.id()).orElseThrow(),
					"HySynergys vækst forsynes først med teknisk vand fra renseanlæggene; nye grundvandsboringer til PtX "
							+ "kommer kun på tale, hvis kørslerne viser mangel.",
					held.start().toLocalDate(), today.plusMonths(12), null);
		});
		groups.findBySlug("klimachefgruppen").ifPresent(climate -> {
			Meeting meeting = meeting(climate.id(), "Klimacheferne, december", today.plusDays(14));
			item(meeting, person("kolding.klima"), "Lokal trepart: arealomlægning i Lillebælt/Jylland",
					"Hvordan følger vi planen på næsten 25.000 ha op på tværs af kommunerne?", true);
		});
		log.info("Loaded demo meetings");
	}

	private Meeting meeting(GroupId group, String title, LocalDate day) {
		ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 30), DanishTime.ZONE);
		long id = agendas.schedule(group, title, start.toInstant(), start.plusHours(2).toInstant(),
				"Fredericia Rådhus, Gothersgade 20", "", start.minusDays(5).toInstant());
		return meetings.find(id).orElseThrow();
	}

	private AgendaItem item(Meeting meeting, PersonId by, String title, String description, boolean accept) {
		long id = items.insert(meeting.group(), meeting.id(), title, description, by, null);
		themes.findByName("Vand som ressource").ifPresent(theme -> items.tag(id, List.of(theme.id())));
		if (accept) {
			items.setStatus(id, ItemStatus.ACCEPTED);
		}
		AgendaItem item = items.find(id).orElseThrow();
		search.item(item, meeting);
		return item;
	}

	private PersonId person(String login) {
		return accounts.findByUsername(login).orElseThrow();
	}

}
