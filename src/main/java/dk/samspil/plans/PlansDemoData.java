package dk.samspil.plans;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonDetails;
import dk.samspil.accounts.PersonId;
import dk.samspil.accounts.Role;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A council secretary per municipality (login such as {@code vejle.byraad}) and a joint
 * plan in consultation, so a newcomer can follow the plan from its text through
 * consultation to the councils.
 */
@Component
@Order(50)
class PlansDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlansDemoData.class);

	static final String PASSWORD = "samspil-demo";

	private final Accounts accounts;

	private final Region region;

	private final Plans plans;

	private final PlanBook book;

	private final boolean enabled;

	private final GroupDirectory groups;

	private final CommitteeNames committees;

	PlansDemoData(Accounts accounts, Region region, Plans plans, PlanBook book, GroupDirectory groups,
			CommitteeNames committees, @Value("${samspil.demo.enabled}") boolean enabled) {
		this.committees = committees;
		this.groups = groups;
		this.accounts = accounts;
		this.region = region;
		this.plans = plans;
		this.book = book;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var secretariat = accounts.findByUsername("sekretariat");
		if (!enabled || secretariat.isEmpty() || plans.count() > 0) {
			return;
		}
		Accounts.HashedPassword password = accounts.hash(PASSWORD);
		for (Municipality m : region.municipalities()) {
			String login = m.name().toLowerCase(Locale.ROOT) + ".byraad";
			if (accounts.findByUsername(login).isEmpty()) {
				accounts.register(new PersonDetails(login, "Byrådssekretær " + m.name(),
						login + "@demo.samspil.example", "Byrådssekretær", m.code(), Role.COUNCIL_SECRETARY), password);
			}
		}
		// Haderslev's path as the municipality names it; the secretariat sets the others'
		// names under /plans/committees
		MunicipalityCode haderslev = new MunicipalityCode("0510");
		committees.save(Map.of(CommitteeNames.Named.key(haderslev, Step.Body.SUBJECT_COMMITTEE),
				"Teknik- og Klimaudvalget", CommitteeNames.Named.key(haderslev, Step.Body.FINANCE_COMMITTEE),
				"Økonomiudvalget", CommitteeNames.Named.key(haderslev, Step.Body.COUNCIL), "Kommunalbestyrelsen"));
		PersonId by = secretariat.get();
		GroupId owner = groups.findBySlug("planchefgruppen").map(GroupInfo::id).orElse(null);
		long id = book.create("Fælleskommuneplan 2026", DEMO_PLAN, owner, by);
		Plan plan = plans.find(id).orElseThrow();
		Version first = plans.version(id, 1).orElseThrow();
		LocalDate start = book.today().minusWeeks(2);
		book.openConsultation(plan, first, start, start.plusWeeks(8), false, null, by);
		log.info("Demo plan loaded; council secretaries log in as <municipality>.byraad, e.g. vejle.byraad");
	}

	static final String DEMO_PLAN = """
			Fælleskommuneplanen er de syv kommuners fælles plan for Trekantområdet.

			# Vision
			Trekantområdet er ét sammenhængende byområde med plads til vækst, natur og klima.

			# Klima og energi
			## Klimatilpasning
			Kommunerne udpeger sammen de områder, der er i risiko for oversvømmelse.

			## Vedvarende energi
			Der udlægges arealer til sol og vind, hvor landskabet kan bære det.

			# Vand som ressource
			Drikkevand har første prioritet. Store vandforbrugere og Power-to-X henvises til teknisk vand.

			# Grøn mobilitet
			Kollektiv trafik og cykelstier binder byerne sammen på tværs af kommunegrænserne.

			# Byudvikling
			Ny byudvikling sker i tilknytning til eksisterende byer og stationer.
			""";

}
