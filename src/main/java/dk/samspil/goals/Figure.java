package dk.samspil.goals;

import java.time.Instant;

import dk.samspil.accounts.PersonId;
import dk.samspil.region.MunicipalityCode;

/**
 * A figure a municipality reported for a period (and, for a goal split by catchment, a
 * catchment).
 */
record Figure(long id, GoalId goal, MunicipalityCode municipality, String catchment, Period period, double value,
		PersonId reportedBy, Instant reportedAt, int version) {

	/** A figure as it is reported, before it has an id. */
	static Figure reported(MunicipalityCode municipality, String catchment, Period period, double value) {
		return new Figure(0, null, municipality, catchment == null ? "" : catchment.strip(), period, value, null, null,
				0);
	}
}
