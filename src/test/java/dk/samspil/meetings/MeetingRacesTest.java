package dk.samspil.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.samspil.Race;
import dk.samspil.SamspilTest;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupKind;
import dk.samspil.groups.GroupRole;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on the same meeting at the same moment: whatever the order, the rules
 * a single person meets still hold, and the one who comes second is told why instead of
 * breaking them.
 */
@SamspilTest
class MeetingRacesTest {

	@Autowired
	ApplicationContext context;

	MeetingFixtures fixtures;

	GroupId group;

	String slug;

	@BeforeEach
	void setUp() {
		fixtures = new MeetingFixtures(context);
		group = fixtures.groups.start("Samtidighed " + System.nanoTime(), GroupKind.PROJECT, "Prøver samtidighed.");
		slug = fixtures.groups.find(group).orElseThrow().slug();
		fixtures.groups.addMember(group, fixtures.person(MeetingFixtures.CHAIR), GroupRole.CHAIR);
		fixtures.groups.addMember(group, fixtures.person(MeetingFixtures.MEMBER), GroupRole.MEMBER);
	}

	@Test
	void minutesWrittenWhileTheMeetingIsCancelledNeverLeaveACancelledMeetingWithMinutes() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Møde der aflyses");
		AgendaItem item = fixtures.acceptedItem(meeting, "Grundvand");
		Meeting shown = fixtures.reload(meeting);
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.minutes.write(shown, Map.of(item.id(), new String[] { "Drøftet", "Besluttet" }), null);
			return "minutes";
		}, () -> {
			fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "Ingen sager", Instant.now());
			return "cancelled";
		});
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.allSatisfy(o -> assertThat(o.refusal()).isInstanceOf(Refusal.class));
		boolean cancelled = fixtures.reload(meeting).cancelled();
		boolean hasMinutes = fixtures.items.find(item.id()).orElseThrow().hasMinutes();
		assertThat(cancelled && hasMinutes).as("cancelled and with minutes").isFalse();
		assertThat(cancelled || hasMinutes).as("one of them happened").isTrue();
	}

	@Test
	void twoChairsApprovingTheSameMinutesAtOnceApproveThemOnceAndTheSecondIsTold() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Møde til godkendelse");
		fixtures.acceptedItem(meeting, "Vandplan");
		meeting = fixtures.held(meeting);
		fixtures.minutes.sendForApproval(fixtures.reload(meeting));
		Meeting shown = fixtures.reload(meeting);
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.minutes.approve(shown, Instant.now());
			return true;
		}, () -> {
			fixtures.minutes.approve(shown, Instant.now());
			return true;
		});
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.minutesNotForApproval"));
		assertThat(fixtures.reload(meeting).minutesState()).isEqualTo(MinutesState.APPROVED);
	}

	@Test
	void twoPeopleCancellingTheSameMeetingAtOnceCancelItOnce() throws Exception {
		Meeting shown = fixtures.meeting(slug, "Dobbelt aflysning");
		var outcomes = Race.twoAtOnce(
				() -> fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "A", Instant.now()),
				() -> fixtures.cancellations.cancel(shown, fixtures.person(MeetingFixtures.CHAIR), "B", Instant.now()));
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.alreadyCancelled"));
	}

	@Test
	void aDecisionRevokedAndSupersededAtOnceEndsOneWayOnly() throws Exception {
		Meeting meeting = fixtures.meeting(slug, "Beslutningsmøde");
		long itemId = fixtures.acceptedItem(meeting, "Kildeplads").id();
		fixtures.held(meeting);
		AgendaItem item = fixtures.items.find(itemId).orElseThrow();
		long decided = fixtures.decisions.record(item, "Kildepladsen udvides", LocalDate.now(), null, null);
		Decision decision = fixtures.decisionsRepository().find(decided).orElseThrow();
		var outcomes = Race.twoAtOnce(() -> {
			fixtures.decisions.revoke(decision);
			return 0L;
		}, () -> fixtures.decisions.record(item, "Kildepladsen udvides mindre", LocalDate.now(), null, decision));
		assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.succeeded())
			.singleElement()
			.satisfies(o -> assertThat(o.refusal()).hasMessage("meetings.rule.decisionNotInForce"));
		assertThat(fixtures.decisionsRepository().find(decided).orElseThrow().status()).isIn(DecisionStatus.REVOKED,
				DecisionStatus.SUPERSEDED);
		assertThat(List.of(outcomes.get(0).succeeded(), outcomes.get(1).succeeded())).containsOnlyOnce(true);
	}

}
