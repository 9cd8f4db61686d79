package dk.samspil.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import dk.samspil.time.DanishTime;
import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meetings and items made straight through the desks, for tests that start in the middle
 * of a meeting's life.
 */
class MeetingFixtures {

	static final String GROUP = "teknisk-vand";

	static final String CHAIR = "fredericia.vand";

	static final String MEMBER = "vejle.vand";

	static final String OUTSIDER = "kolding.klima";

	final AgendaDesk agendas;

	final MinutesDesk minutes;

	final DecisionDesk decisions;

	final CancellationDesk cancellations;

	final Meetings meetings;

	final AgendaItems items;

	final GroupDirectory groups;

	final Accounts accounts;

	private final ApplicationContext context;

	final JdbcClient jdbc;

	MeetingFixtures(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
		this.agendas = context.getBean(AgendaDesk.class);
		this.minutes = context.getBean(MinutesDesk.class);
		this.decisions = context.getBean(DecisionDesk.class);
		this.cancellations = context.getBean(CancellationDesk.class);
		this.meetings = context.getBean(Meetings.class);
		this.items = context.getBean(AgendaItems.class);
		this.groups = context.getBean(GroupDirectory.class);
		this.accounts = context.getBean(Accounts.class);
	}

	GroupId group(String slug) {
		return groups.findBySlug(slug).orElseThrow().id();
	}

	PersonId person(String login) {
		return accounts.findByUsername(login).orElseThrow();
	}

	/**
	 * A project group of the test's own (its name made unique), so that what the test
	 * leaves behind crowds no other test's lists: the chair, when there is one, and the
	 * members.
	 */
	GroupId ownGroup(String name, String mandate, String chair, String... members) {
		GroupId group = groups.start(name + " " + System.nanoTime(), GroupKind.PROJECT, mandate);
		if (chair != null) {
			groups.addMember(group, person(chair), GroupRole.CHAIR);
		}
		for (String member : members) {
			groups.addMember(group, person(member), GroupRole.MEMBER);
		}
		return group;
	}

	/** A meeting of the group in two weeks, open for proposals for one more week. */
	Meeting meeting(String slug, String title) {
		ZonedDateTime start = ZonedDateTime.of(LocalDate.now(DanishTime.ZONE).plusWeeks(2), LocalTime.of(9, 0),
				DanishTime.ZONE);
		long id = agendas.schedule(group(slug), title, start.toInstant(), start.plusHours(2).toInstant(),
				"Fredericia Rådhus, mødelokale 2", "", start.minusWeeks(1).toInstant());
		return meetings.find(id).orElseThrow();
	}

	AgendaItem acceptedItem(Meeting meeting, String title) {
		long id = agendas.propose(meeting, person(MEMBER), title, "Baggrund for " + title, List.of(), List.of(),
				Instant.now());
		AgendaItem item = items.find(id).orElseThrow();
		agendas.arrange(meeting, item, "accept");
		return items.find(id).orElseThrow();
	}

	/** A meeting whose deadline has passed but which is still ahead. */
	Meeting closedForProposals(String slug, String title) {
		Instant start = Instant.now().plus(Duration.ofDays(1));
		long id = agendas.schedule(group(slug), title, start, start.plus(Duration.ofHours(1)), "Vejle", "",
				Instant.now().minus(Duration.ofHours(1)));
		return meetings.find(id).orElseThrow();
	}

	Decisions decisionsRepository() {
		return context.getBean(Decisions.class);
	}

	/**
	 * Lets the meeting's time come: it started an hour ago, so its minutes and decisions
	 * may be written. Its agenda deadline moves back with it.
	 */
	Meeting held(Meeting meeting) {
		jdbc.sql("""
				update meetings_meeting set agenda_deadline = least(agenda_deadline, now() - interval '2 hours'),
				  starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = ?""")
			.param(meeting.id())
			.update();
		return reload(meeting);
	}

	Meeting reload(Meeting meeting) {
		return meetings.find(meeting.id()).orElseThrow();
	}

}
