package dk.samspil.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.ThemeId;
import dk.samspil.time.DanishTime;

/**
 * One entry found, as the viewer may see it.
 *
 * @param snippet the matching passage as safe HTML: the content escaped, only the
 * {@code <mark>} of the match added
 */
public record Hit(String kind, String key, GroupId group, String title, String snippet, List<ThemeId> themes,
		Instant date, String url) {

	/** The day it happened, in Danish time. */
	public LocalDate day() {
		return date.atZone(DanishTime.ZONE).toLocalDate();
	}
}
