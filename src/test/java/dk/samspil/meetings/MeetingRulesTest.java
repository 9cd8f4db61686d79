package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import dk.samspil.rules.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's own rules, without Spring. */
class MeetingRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static Meeting meeting(MinutesState state, Instant deadline) {
		return new Meeting(1, new GroupId(1), "Møde", NOW.plus(7, ChronoUnit.DAYS), NOW.plus(8, ChronoUnit.DAYS),
				"Vejle", null, deadline, null, 0, state, null, null);
	}

	private static Meeting cancelled(Meeting meeting) {
		return new Meeting(meeting.id(), meeting.group(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
				meeting.place(), meeting.onlineLink(), meeting.agendaDeadline(), meeting.agendaPublished(),
				meeting.sequence() + 1, meeting.minutesState(), meeting.minutesApproved(),
				new Cancellation(NOW, new PersonId(7), "  Flyttet til januar.  "));
	}

	@Test
	void proposalsAreRefusedAfterTheDeadline() {
		Meeting meeting = meeting(MinutesState.DRAFT, NOW.minusSeconds(1));
		assertThat(meeting.takesProposals(NOW)).isFalse();
		assertThatThrownBy(() -> meeting.checkTakesProposals(NOW)).isInstanceOf(Refusal.class)
			.hasMessage("meetings.rule.deadlinePassed");
		assertThat(meeting(MinutesState.DRAFT, NOW.plusSeconds(1)).takesProposals(NOW)).isTrue();
	}

	/**
	 * A moment during the meeting built by {@code meeting(...)}, which starts a week
	 * after NOW.
	 */
	private static final Instant DURING = NOW.plus(7, ChronoUnit.DAYS).plusSeconds(60);

	@Test
	void minutesAndDecisionsOpenWhenTheMeetingStartsNeverBefore() {
		Meeting meeting = meeting(MinutesState.DRAFT, NOW);
		assertThatThrownBy(() -> meeting.checkMinutesEditable(NOW)).hasMessage("meetings.rule.minutesBeforeStart");
		assertThatThrownBy(() -> meeting.minutesSentForApproval(NOW)).hasMessage("meetings.rule.minutesBeforeStart");
		assertThatThrownBy(() -> meeting.checkTakesMinutes(meeting.startsAt().minusSeconds(1)))
			.hasMessage("meetings.rule.minutesBeforeStart");
		meeting.checkTakesMinutes(meeting.startsAt());
		assertThat(meeting.hasStarted(NOW)).isFalse();
		assertThat(meeting.hasStarted(DURING)).isTrue();
	}

	@Test
	void minutesGoFromDraftToApprovalToApprovedAndAreThenLocked() {
		Meeting draft = meeting(MinutesState.DRAFT, NOW);
		assertThat(draft.minutesSentForApproval(DURING)).isEqualTo(MinutesState.FOR_APPROVAL);
		assertThatThrownBy(draft::minutesApprovedNow).hasMessage("meetings.rule.minutesNotForApproval");
		assertThatThrownBy(draft::checkAddendumAllowed).hasMessage("meetings.rule.addendumOnlyAfterApproval");

		Meeting forApproval = meeting(MinutesState.FOR_APPROVAL, NOW);
		forApproval.checkCommentable();
		forApproval.checkMinutesEditable(DURING);
		assertThat(forApproval.minutesApprovedNow()).isEqualTo(MinutesState.APPROVED);

		Meeting approved = meeting(MinutesState.APPROVED, NOW);
		assertThatThrownBy(() -> approved.checkMinutesEditable(DURING)).hasMessage("meetings.rule.minutesLocked");
		assertThatThrownBy(() -> approved.minutesSentForApproval(DURING)).hasMessage("meetings.rule.minutesNotDraft");
		assertThatThrownBy(approved::checkCommentable).hasMessage("meetings.rule.minutesNotForApproval");
		approved.checkAddendumAllowed();
	}

	@Test
	void aMeetingIsCancelledOnceBeforeItStartsAndOnlyWithoutMinutes() {
		Meeting open = meeting(MinutesState.DRAFT, NOW.plus(1, ChronoUnit.DAYS));
		Cancellation cancellation = open.cancel(new PersonId(7), "  Flyttet til januar.  ", NOW, false);
		assertThat(cancellation.reason()).isEqualTo("Flyttet til januar.");
		assertThat(open.cancel(new PersonId(7), " ", NOW, false).reason()).isNull();

		assertThatThrownBy(() -> open.cancel(new PersonId(7), null, NOW, true))
			.hasMessage("meetings.rule.cancelHasMinutes");
		assertThatThrownBy(() -> meeting(MinutesState.FOR_APPROVAL, NOW).cancel(new PersonId(7), null, NOW, false))
			.hasMessage("meetings.rule.cancelHasMinutes");
		assertThatThrownBy(() -> open.cancel(new PersonId(7), null, open.startsAt(), false))
			.hasMessage("meetings.rule.cancelTookPlace");
		assertThatThrownBy(() -> cancelled(open).cancel(new PersonId(7), null, NOW, false))
			.hasMessage("meetings.rule.alreadyCancelled");
		assertThatThrownBy(() -> open.cancel(new PersonId(7), "x".repeat(501), NOW, false))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCancelledMeetingTakesNoProposalsNoMinutesAndNoChanges() {
		Meeting meeting = cancelled(meeting(MinutesState.DRAFT, NOW.plus(1, ChronoUnit.DAYS)));
		assertThat(meeting.takesProposals(NOW)).isFalse();
		assertThatThrownBy(() -> meeting.checkTakesProposals(NOW)).hasMessage("meetings.rule.cancelledNoProposals");
		assertThatThrownBy(() -> meeting.checkMinutesEditable(DURING)).hasMessage("meetings.rule.cancelledNoMinutes");
		assertThatThrownBy(() -> meeting.minutesSentForApproval(DURING)).hasMessage("meetings.rule.cancelledNoMinutes");
		assertThatThrownBy(meeting::checkChangeable).hasMessage("meetings.rule.cancelled");
	}

	@Test
	void attachmentsAreRecognisedByTheirContentNotTheirName() {
		assertThat(Attachment.of("referat.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
			.hasValueSatisfying(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
		assertThat(Attachment.of("kort.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 }))
			.hasValueSatisfying(a -> assertThat(a.contentType()).isEqualTo("image/png"));
		assertThat(Attachment.of("program.pdf", "MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)))
			.isEmpty();
		assertThat(Attachment.of("side.docx", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(Attachment.of("../../etc/x.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.hasValueSatisfying(a -> assertThat(a.filename()).isEqualTo("x.pdf"));
	}

	@Test
	void aTaskIsOwnedByAPersonOrAMunicipalityNeverBoth() {
		assertThat(TaskOwner.parse("person:12").person().value()).isEqualTo(12);
		assertThat(TaskOwner.parse("municipality:0630").municipality().value()).isEqualTo("0630");
		assertThatThrownBy(() -> TaskOwner.parse("someone")).isInstanceOf(IllegalArgumentException.class);
	}

}
