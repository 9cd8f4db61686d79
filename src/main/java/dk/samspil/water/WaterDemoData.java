package dk.samspil.water;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The water project group's model of the Triangle Region, as its first version, saved by the group's chair. */
@Component
@Order(60)
class WaterDemoData implements ApplicationRunner {

	static final String GROUP = "vandressourcen";

	static final String CHAIR = "vejle.vand";

	static final String MODEL = "/allocation/triangle-region.json";

	private final ModelDesk desk;

	private final Models models;

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final boolean enabled;

	WaterDemoData(ModelDesk desk, Models models, Accounts accounts, GroupDirectory groups,
			@Value("${samspil.demo.enabled}") boolean enabled) {
		this.desk = desk;
		this.models = models;
		this.accounts = accounts;
		this.groups = groups;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || accounts.findByUsername("sekretariat").isEmpty() || models.count() > 0) {
			return;
		}
		GroupInfo group = groups.findBySlug(GROUP).orElse(null);
		PersonSummary chair = accounts.findByUsername(CHAIR).flatMap(accounts::find).orElse(null);
		if (group == null || chair == null) {
			return;
		}
		desk.create(group.id(), "Trekantområdet", triangle(), "Trekantområdets model (illustrativ), første version",
				chair.id(), chair.displayName());
	}

	static String triangle() {
		try (InputStream in = WaterDemoData.class.getResourceAsStream(MODEL)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
