package dk.samspil.demo;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides once whether demo data is wanted, as {@code samspil.demo.enabled}, for every
 * module that loads some: by itself on the embedded database
 * ({@code samspil.demo.data=auto}), on an external one only when asked ({@code true}), so
 * production never gets it by surprise.
 */
class DemoDataSwitch implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String mode = environment.getProperty("samspil.demo.data", "auto");
		boolean embedded = environment.getProperty("spring.datasource.url", "").isBlank();
		boolean enabled = mode.equals("true") || (mode.equals("auto") && embedded);
		environment.getPropertySources()
			.addLast(new MapPropertySource("samspil-demo-switch", Map.of("samspil.demo.enabled", enabled)));
	}

}
