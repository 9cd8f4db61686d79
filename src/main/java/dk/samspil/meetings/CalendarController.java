package dk.samspil.meetings;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.accounts.SignedInUser;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.time.DanishTime;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Each person's calendar feed with the meetings of their groups. The address is public so
 * that calendar programs can fetch it without a login; the long random token in it is the
 * secret, and renewing it closes the old address.
 */
@Controller
class CalendarController {

	private final MessageSource messages;

	private final CalendarTokens tokens;

	private final Meetings meetings;

	private final GroupDirectory groups;

	private final Invitations invitations;

	private final Accounts accounts;

	private final Clock clock;

	/**
	 * How far back the feed goes, in months: a year of meetings to look back on. Older
	 * ones leave the subscribed calendars.
	 */
	static final int FEED_MONTHS_BACK = 12;

	/**
	 * Meetings the feed holds at most on either side of now: more than a year of a busy
	 * person's meetings. Without it, 5,000 meetings in a person's groups made a feed of 3
	 * MB, which calendar programs fetch every few minutes.
	 */
	static final int FEED_LIMIT = 100;

	CalendarController(CalendarTokens tokens, Meetings meetings, GroupDirectory groups, Invitations invitations,
			Accounts accounts, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.clock = clock;
		this.accounts = accounts;
		this.tokens = tokens;
		this.meetings = meetings;
		this.groups = groups;
		this.invitations = invitations;
	}

	@GetMapping("/calendar")
	String calendar(@AuthenticationPrincipal SignedInUser user, Model model) {
		String token = tokens.tokenOf(user.personId());
		model.addAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/calendar/{token}.ics")
					.buildAndExpand(token)
					.toUriString());
		model.addAttribute("feedLimit", FEED_LIMIT);
		return "meetings/calendar";
	}

	@PostMapping("/calendar/token")
	String renew(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		tokens.renew(user.personId());
		redirect.addFlashAttribute("done", messages.getMessage("meetings.calendar.renewed", null, locale));
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		// A deactivated person's feed stops with their login.
		PersonId person = tokens.owner(token)
			.filter(owner -> accounts.find(owner).map(PersonSummary::active).orElse(false))
			.orElseThrow(GroupAccess::notFound);
		Map<GroupId, String> names = groups.names();
		Instant now = clock.instant();
		var mine = meetings.forFeed(groups.groupsOf(person),
				now.atZone(DanishTime.ZONE).minusMonths(FEED_MONTHS_BACK).toInstant(), now, FEED_LIMIT);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Cache-Control", "private, max-age=900")
			.body(invitations.feed(mine, meeting -> names.getOrDefault(meeting.group(), "")));
	}

}
