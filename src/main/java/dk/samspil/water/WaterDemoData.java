package dk.samspil.water;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import java.time.Clock;
import java.util.List;

import dk.samspil.accounts.Accounts;
import dk.samspil.allocation.file.ModelFile;
import dk.samspil.meetings.DecisionLookup;
import dk.samspil.accounts.PersonSummary;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The water project group's model of the Triangle Region, as its first version, saved by
 * the group's chair.
 */
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

	private final Runs runs;

	private final VersionFiles files;

	private final RunCitations citations;

	private final DecisionLookup decisions;

	private final Clock clock;

	WaterDemoData(ModelDesk desk, Models models, Accounts accounts, GroupDirectory groups,
			@Value("${samspil.demo.enabled}") boolean enabled, Runs runs, RunCitations citations,
			DecisionLookup decisions, Clock clock, VersionFiles files) {
		this.files = files;
		this.runs = runs;
		this.citations = citations;
		this.decisions = decisions;
		this.clock = clock;
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
		WaterModelId model = desk.create(group.id(), "Trekantområdet", triangle(),
				"Trekantområdets model (illustrativ), første version", chair.id(), chair.displayName());
		citedRun(model, chair);
	}

	/**
	 * One finished run of the demo model, cited in the project group's newest decision:
	 * worked here rather than queued, so it is finished when the application opens.
	 */
	private void citedRun(WaterModelId model, PersonSummary chair) {
		Run queued = runs.find(runs.insert(model, 1,
				FrozenScenarios.write(List.of(ModelFile.parse(triangle(), MODEL).scenario("baseline"),
						ModelFile.parse(triangle(), MODEL).scenario("hysynergy-1gw-dry"))),
				2, 372, RunDesk.ENGINE, chair.id(), chair.displayName(), clock.instant()))
			.orElseThrow();
		RunWorker.work(new RunPart(queued.id(), 0, 2), runs, files, clock);
		decisions.newestOf(GROUP)
			.ifPresent(d -> citations.insert(queued.id(), d.id(), chair.displayName(), clock.instant()));
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
