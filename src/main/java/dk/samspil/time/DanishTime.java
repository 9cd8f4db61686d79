package dk.samspil.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Danish time, the zone every date a person sees or types is meant in. Take the time from
 * the application's {@link Clock} bean (built here), never from {@code LocalDate.now()}
 * without it.
 */
public final class DanishTime {

	/**
	 * For annotations that need a constant, such as
	 * {@code @Scheduled(zone = DanishTime.ZONE_ID)}.
	 */
	public static final String ZONE_ID = "Europe/Copenhagen";

	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	private DanishTime() {
	}

	/** The clock the application runs on: the system's time, told in Danish time. */
	public static Clock clock() {
		return Clock.system(ZONE);
	}

	/** The Danish calendar day an instant falls on. */
	public static LocalDate dayOf(Instant instant) {
		return instant.atZone(ZONE).toLocalDate();
	}

}
