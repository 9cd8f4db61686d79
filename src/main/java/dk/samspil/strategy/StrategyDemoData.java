package dk.samspil.strategy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Planstrategi 2027": a dozen topics from the municipalities with comments and
 * endorsements, one merged duplicate, a closed ranking round with all seven ballots, an
 * open points round where three municipalities have voted, and a chosen topic handed to a
 * group. Everything goes through the desks, so the demo obeys the same rules as people.
 */
@Component
@Order(60)
class StrategyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StrategyDemoData.class);

	private final Accounts accounts;

	private final Processes processes;

	private final ProcessDesk processDesk;

	private final TopicDesk topicDesk;

	private final RoundDesk roundDesk;

	private final BallotDesk ballotDesk;

	private final WorkDesk workDesk;

	private final Themes themes;

	private final GroupDirectory groups;

	private final boolean enabled;

	private final StrategyDocumentDesk documentDesk;

	private final Clock clock;

	StrategyDemoData(Accounts accounts, Processes processes, ProcessDesk processDesk, TopicDesk topicDesk,
			RoundDesk roundDesk, BallotDesk ballotDesk, WorkDesk workDesk, Themes themes, GroupDirectory groups,
			StrategyDocumentDesk documentDesk, Clock clock, @Value("${samspil.demo.enabled}") boolean enabled) {
		this.documentDesk = documentDesk;
		this.clock = clock;
		this.accounts = accounts;
		this.processes = processes;
		this.processDesk = processDesk;
		this.topicDesk = topicDesk;
		this.roundDesk = roundDesk;
		this.ballotDesk = ballotDesk;
		this.workDesk = workDesk;
		this.themes = themes;
		this.groups = groups;
		this.enabled = enabled;
	}

	/** A demo topic: who proposes it for their municipality, its themes, and its text. */
	private record DemoTopic(String login, String municipality, String title, List<String> themes, String text) {
	}

	private static final List<DemoTopic> TOPICS = List.of(
			new DemoTopic("vejle.planchef", "0630", "Klimatilpasning langs Vejle Fjord", List.of("Klimatilpasning"),
					"Havvand, skybrud og højt grundvand rammer **byerne ved fjorden** samtidig. Vi foreslår en fælles"
							+ " tilgang til kystbeskyttelse og byudvikling ved fjorden.\n\n- fælles risikokort\n- ens"
							+ " krav i lokalplaner"),
			new DemoTopic("fredericia.planchef", "0607", "Vand til industri og Power-to-X",
					List.of("Vand som ressource", "Power-to-X"),
					"Elektrolyseanlæg ved Fredericia kan bruge millioner af m³ vand om året. Planstrategien bør pege"
							+ " på, hvor renset spildevand og teknisk vand kan tage over, så grundvandet forbeholdes"
							+ " drikkevand."),
			new DemoTopic("middelfart.planchef", "0410", "Sammenhængende grøn mobilitet", List.of("Grøn mobilitet"),
					"Mere end hver femte pendler krydser en kommunegrænse. Vi foreslår fælles knudepunkter, cykelstier"
							+ " og busser, der hænger sammen over Lillebælt."),
			new DemoTopic("haderslev.planchef", "0510", "Grøn trepart: omlægning af lavbundsjorde",
					List.of("Grøn trepart"),
					"Den lokale trepart for Lillebælt/Jylland udtager næsten 25.000 ha. Kommuneplanerne skal give plads"
							+ " til skov, natur og vådområder, der krydser grænserne."),
			new DemoTopic("kolding.planchef", "0621", "Lillebæltskysten: natur, friluftsliv og kystbeskyttelse",
					List.of("Klimatilpasning"),
					"Kysten fra Kolding Fjord til Middelfart er et fælles aktiv. Friluftsliv, natur og sikring mod"
							+ " havvand bør planlægges samlet."),
			new DemoTopic("vejen.planchef", "0575", "Levende bymidter", List.of(),
					"Handel flytter ud, og bymidterne tømmes. Vi vil dele erfaringer med byomdannelse og fælles"
							+ " retningslinjer for detailhandel."),
			new DemoTopic("billund.planchef", "0530", "Drikkevand og grundvandsbeskyttelse",
					List.of("Vand som ressource"),
					"Billund ligger på store grundvandsressourcer, som hele området er afhængigt af. Indsatsområderne"
							+ " bør respekteres på tværs af kommunegrænser."),
			new DemoTopic("kolding.planchef", "0621", "Boliger til et voksende Trekantområde", List.of(),
					"Befolkningen vokser. Vi foreslår en fælles boligprognose og aftaler om, hvor der bygges tæt."),
			new DemoTopic("vejen.planchef", "0575", "Sol og vind i det åbne land", List.of("Energiplanlægning"),
					"Store solcelleparker og vindmøller kræver fælles principper for landskab, naboer og net."),
			new DemoTopic("haderslev.planchef", "0510", "Skovrejsning og ny natur", List.of("Grøn trepart"),
					"250.000 ha ny skov nationalt frem mod 2045: hvor skal den ligge hos os, og hvordan sikres"
							+ " drikkevandet samtidig?"),
			new DemoTopic("billund.planchef", "0530", "Erhvervsarealer ved lufthavn og motorvej", List.of(),
					"Logistik og erhverv søger mod Billund Lufthavn og motorvejene. Et fælles overblik undgår, at"
							+ " kommunerne konkurrerer om de samme virksomheder med nye arealer."),
			new DemoTopic("fredericia.planchef", "0607", "Bedre busser over kommunegrænsen", List.of("Grøn mobilitet"),
					"Sydtrafik og FynBus mødes ikke. Vi foreslår fælles køreplaner ved Lillebælt."));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var secretariat = accounts.findByUsername("sekretariat");
		if (!enabled || secretariat.isEmpty() || !processes.findAll().isEmpty()
				|| accounts.findByUsername("vejle.planchef").isEmpty()) {
			return;
		}
		PersonId by = secretariat.get();
		ProcessId process = processDesk.start(ProcessForm.of("Planstrategi 2027", 2026,
				Map.of(Phase.PROPOSALS, period("2026-09-01", "2026-11-30"), Phase.DISCUSSION,
						period("2026-12-01", "2027-01-31"), Phase.PRIORITISATION, period("2027-02-01", "2027-03-31"),
						Phase.DRAFTING, period("2027-04-01", "2027-08-31"), Phase.CONSULTATION,
						period("2027-09-15", "2027-11-15"))));
		List<TopicId> topics = new ArrayList<>();
		for (DemoTopic demo : TOPICS) {
			List<ThemeId> tagged = demo.themes()
				.stream()
				.map(themes::findByName)
				.flatMap(Optional::stream)
				.map(Theme::id)
				.toList();
			topics.add(topicDesk.propose(process,
					new TopicDesk.Proposal(demo.title(), demo.text(), null, demo.municipality(), tagged, List.of()),
					person(demo.login()), false));
		}
		discuss(topics);
		topicDesk.merge(topics.get(11), topics.get(2), by);
		closedRound(process, topics, by);
		openRound(process, topics);
		workDesk.choose(topics.get(0), by);
		groups.findBySlug("klimachefgruppen")
			.ifPresent(group -> workDesk.handOver(topics.get(0), group.id(), person("kolding.klima"),
					LocalDate.now(clock).plusMonths(4), by));
		firstDraft(process, by);
		log.info("Demo planning strategy loaded: Planstrategi 2027 with {} topics and two rounds", topics.size());
	}

	/**
	 * Version 1 of the strategy document: an introduction and the chosen topic's section,
	 * not yet in consultation.
	 */
	private void firstDraft(ProcessId process, PersonId by) {
		List<DocumentSection> sections = new ArrayList<>(
				documentDesk.draft(processes.find(process.value()).orElseThrow()));
		sections.set(0, new DocumentSection(null, "Indledning", """
				De syv kommuner i Trekantområdet laver en fælles planstrategi for valgperioden 2026–2029. Den bygger
				på emner, som kommunerne og de faglige grupper har foreslået, og på prioriteringsrunderne, hvor hver
				kommune har én stemme.

				Strategien fastlægger, om kommuneplanen revideres helt eller delvist (**planlovens § 23 a**)."""));
		documentDesk.save(process, 0, "Første udkast efter prioriteringen", sections, by);
	}

	private void discuss(List<TopicId> topics) {
		topicDesk.comment(topics.get(0), person("kolding.planchef"),
				"Kolding Fjord har samme udfordring. Lad os bruge samme risikokort.");
		topicDesk.comment(topics.get(0), person("fredericia.klima"),
				"Husk at havvand og grundvand skal ses sammen, ikke hver for sig.");
		topicDesk.comment(topics.get(1), person("vejle.vand"),
				"Vandressourcen har tal for behovet; de bør ligge til grund.");
		topicDesk.comment(topics.get(3), person("vejen.planchef"), "Vejen har store lavbundsarealer langs Kongeåen.");
		topicDesk.comment(topics.get(11), person("middelfart.mobilitet"), "Det hænger sammen med mobilitetsemnet.");
		topicDesk.comment(topics.get(5), person("haderslev.plan"), "Haderslev deler gerne erfaringer fra Torvet.");
		String[][] endorsements = { { "0", "kolding.planchef" }, { "0", "fredericia.planchef" },
				{ "1", "vejle.planchef" }, { "1", "billund.planchef" }, { "2", "kolding.planchef" },
				{ "2", "vejle.planchef" }, { "3", "vejen.planchef" }, { "3", "billund.planchef" },
				{ "4", "middelfart.planchef" }, { "11", "billund.planchef" }, { "11", "middelfart.planchef" } };
		for (String[] e : endorsements) {
			topicDesk.endorse(topics.get(Integer.parseInt(e[0])), person(e[1]));
		}
	}

	/** Six topics ranked by all seven municipalities, then closed. */
	private void closedRound(ProcessId process, List<TopicId> t, PersonId by) {
		List<Long> ids = List.of(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4), t.get(5))
			.stream()
			.map(TopicId::value)
			.toList();
		RoundId round = roundDesk.open(process, new RoundDesk.Opening("Første prioritering", Method.RANKING,
				Weighting.EQUAL, clock.instant().plus(Duration.ofDays(1)), 3, ids), by);
		Map<String, int[]> ballots = new LinkedHashMap<>();
		ballots.put("billund", new int[] { 1, 3, 2, 5 });
		ballots.put("fredericia", new int[] { 1, 4, 0, 2, 5, 3 });
		ballots.put("haderslev", new int[] { 3, 2, 5, 1 });
		ballots.put("kolding", new int[] { 0, 4, 2, 1 });
		ballots.put("middelfart", new int[] { 2, 4, 3, 0 });
		ballots.put("vejen", new int[] { 3, 5, 2, 1, 0 });
		ballots.put("vejle", new int[] { 0, 1, 2, 4, 3, 5 });
		ballots.forEach((name, order) -> {
			List<Long> ranking = Arrays.stream(order).mapToObj(ids::get).toList();
			cast(round, name, Choice.ranking(ranking));
		});
		roundDesk.close(round, by);
	}

	/** Five topics, 100 points each; Vejle, Kolding and Fredericia have voted. */
	private void openRound(ProcessId process, List<TopicId> t) {
		List<Long> ids = List.of(t.get(0), t.get(1), t.get(3), t.get(6), t.get(8))
			.stream()
			.map(TopicId::value)
			.toList();
		RoundId round = roundDesk.open(process, new RoundDesk.Opening("Anden prioritering: fokusområder", Method.POINTS,
				Weighting.POPULATION, clock.instant().plus(Duration.ofDays(14)), 3, ids), person("sekretariat"));
		cast(round, "vejle", Choice.points(Map.of(ids.get(0), 50, ids.get(1), 30, ids.get(4), 20)));
		cast(round, "kolding", Choice.points(Map.of(ids.get(0), 40, ids.get(2), 40, ids.get(3), 20)));
		cast(round, "fredericia", Choice.points(Map.of(ids.get(1), 70, ids.get(0), 30)));
	}

	private void cast(RoundId round, String municipality, Choice choice) {
		PersonId voter = person(municipality + ".planchef");
		String code = accounts.find(voter).orElseThrow().municipality().value();
		ballotDesk.cast(round, code, voter, choice, 0);
	}

	private PersonId person(String login) {
		return accounts.findByUsername(login).orElseThrow(() -> new IllegalStateException("No demo person " + login));
	}

	private static Period period(String startsOn, String endsOn) {
		return new Period(LocalDate.parse(startsOn), LocalDate.parse(endsOn));
	}

}
