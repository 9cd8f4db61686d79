package dk.samspil.time;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the application's one {@link Clock}; a test replaces it with a fixed one to
 * set the day.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return DanishTime.clock();
	}

}
