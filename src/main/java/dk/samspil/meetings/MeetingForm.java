package dk.samspil.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import dk.samspil.time.DanishTime;
import org.springframework.validation.Errors;

/** The chair's form for scheduling a meeting. Dates and times are Danish local time. */
record MeetingForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startTime,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime endTime,
		@Size(max = 200, message = "{validation.tooLong}") String place,
		@Size(max = 500, message = "{validation.tooLong}") String onlineLink,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate deadlineDate,
		@NotNull(message = "{validation.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime deadlineTime,
		String formToken) {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

	/** A new meeting's form, with the token that makes a second submit of it harmless. */
	static MeetingForm proposal(LocalDate today) {
		LocalDate date = today.plusWeeks(2);
		return new MeetingForm("", date, LocalTime.of(9, 0), LocalTime.of(11, 0), "", "", date.minusWeeks(1),
				LocalTime.of(12, 0), UUID.randomUUID().toString());
	}

	/**
	 * The token the form was issued with; null for a form without one, or with one this
	 * application never issues (altered on the way), which then schedules as forms did
	 * before they had tokens.
	 */
	String issuedToken() {
		if (formToken == null || !TOKEN.matcher(formToken).matches()) {
			return null;
		}
		UUID token = UUID.fromString(formToken);
		return token.version() == 4 && token.toString().equals(formToken) ? formToken : null;
	}

	static MeetingForm of(Meeting meeting) {
		return new MeetingForm(meeting.title(), meeting.start().toLocalDate(), meeting.start().toLocalTime(),
				meeting.end().toLocalTime(), meeting.place() == null ? "" : meeting.place(),
				meeting.onlineLink() == null ? "" : meeting.onlineLink(), meeting.deadline().toLocalDate(),
				meeting.deadline().toLocalTime(), null);
	}

	/** Rules across fields, each reported next to the field to correct. */
	void validate(Errors errors, Instant now) {
		if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
			errors.rejectValue("endTime", "meetings.validation.endBeforeStart");
		}
		if (blank(place) && blank(onlineLink)) {
			errors.rejectValue("place", "meetings.validation.placeOrLink");
		}
		if (!blank(onlineLink) && !isWebAddress(onlineLink.strip())) {
			errors.rejectValue("onlineLink", "meetings.validation.url");
		}
		if (date != null && startTime != null && startsAt().isBefore(now)) {
			errors.rejectValue("date", "meetings.validation.inThePast");
		}
		if (date != null && startTime != null && deadlineDate != null && deadlineTime != null
				&& deadline().isAfter(startsAt())) {
			errors.rejectValue("deadlineDate", "meetings.validation.deadlineAfterStart");
		}
	}

	Instant startsAt() {
		return ZonedDateTime.of(date, startTime, DanishTime.ZONE).toInstant();
	}

	Instant endsAt() {
		return ZonedDateTime.of(date, endTime, DanishTime.ZONE).toInstant();
	}

	Instant deadline() {
		return ZonedDateTime.of(deadlineDate, deadlineTime, DanishTime.ZONE).toInstant();
	}

	static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
