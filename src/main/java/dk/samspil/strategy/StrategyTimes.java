package dk.samspil.strategy;

import dk.samspil.time.DanishTime;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every time on the strategy's pages (deadlines, votes, comments, changes) is told in Danish time, whatever zone the
 * server runs in: the pages write {@code instant.atZone(zone)}.
 */
@ControllerAdvice(basePackageClasses = StrategyTimes.class)
class StrategyTimes {

	@ModelAttribute("zone")
	ZoneId zone() {
		return DanishTime.ZONE;
	}
}
