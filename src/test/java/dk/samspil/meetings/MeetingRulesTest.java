package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dk.samspil.groups.GroupId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's own rules, without Spring. */
class MeetingRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private static Meeting meeting(MinutesState state, Instant deadline) {
		return new Meeting(1, new GroupId(1), "Møde", NOW.plus(7, ChronoUnit.DAYS), NOW.plus(8, ChronoUnit.DAYS),
				"Vejle", null, deadline, null, 0, state, null);
	}

	@Test
	void proposalsAreRefusedAfterTheDeadline() {
		Meeting meeting = meeting(MinutesState.DRAFT, NOW.minusSeconds(1));
		assertThat(meeting.takesProposals(NOW)).isFalse();
		assertThatThrownBy(() -> meeting.checkTakesProposals(NOW)).isInstanceOf(MeetingRuleException.class)
			.hasMessage("meetings.rule.deadlinePassed");
		assertThat(meeting(MinutesState.DRAFT, NOW.plusSeconds(1)).takesProposals(NOW)).isTrue();
	}

	@Test
	void minutesGoFromDraftToApprovalToApprovedAndAreThenLocked() {
		Meeting draft = meeting(MinutesState.DRAFT, NOW);
		assertThat(draft.minutesSentForApproval()).isEqualTo(MinutesState.FOR_APPROVAL);
		assertThatThrownBy(draft::minutesApprovedNow).hasMessage("meetings.rule.minutesNotForApproval");
		assertThatThrownBy(draft::checkAddendumAllowed).hasMessage("meetings.rule.addendumOnlyAfterApproval");

		Meeting forApproval = meeting(MinutesState.FOR_APPROVAL, NOW);
		forApproval.checkCommentable();
		forApproval.checkMinutesEditable();
		assertThat(forApproval.minutesApprovedNow()).isEqualTo(MinutesState.APPROVED);

		Meeting approved = meeting(MinutesState.APPROVED, NOW);
		assertThatThrownBy(approved::checkMinutesEditable).hasMessage("meetings.rule.minutesLocked");
		assertThatThrownBy(approved::minutesSentForApproval).hasMessage("meetings.rule.minutesNotDraft");
		assertThatThrownBy(approved::checkCommentable).hasMessage("meetings.rule.minutesNotForApproval");
		approved.checkAddendumAllowed();
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
