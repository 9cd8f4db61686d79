package dk.samspil.consultations;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import dk.samspil.accounts.Accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three hundred responses to the demo consultation, two campaigns among them, so
 * officials see what processing a real consultation is like. Runs after the plans module
 * has opened its demo consultation.
 */
@Component
@Order(60)
class ConsultationsDemoData implements ApplicationRunner {

	private static final List<String> POSTCODES = List.of("7100", "6000", "7000", "6100", "5500", "6600", "7190",
			"7080", "6500", "8000", "7300", "6640");

	private static final List<String> NAMES = List.of("Anna", "Bent", "Cecilie", "Dan", "Emma", "Finn", "Grethe",
			"Henrik", "Inge", "Jonas", "Kirsten", "Lars", "Maja", "Niels", "Olivia", "Poul");

	private static final List<String> SURNAMES = List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen",
			"Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen");

	private static final String CAMPAIGN = "Vi protesterer mod udlægningen af arealer til store vindmøller ved "
			+ "Randbøldal. Landskabet er unikt, og støjen vil ramme de nærmeste naboer. Vi beder byrådene tage "
			+ "området ud af planen og i stedet pege på arealer langs motorvejen.";

	private static final String WATER = "Drikkevandet skal komme først. Vi ønsker, at planen sikrer, at Power-to-X "
			+ "og andre store vandforbrugere ikke må bruge grundvand, der kan blive til drikkevand.";

	private static final List<String> OWN = List.of("Der mangler en cykelsti mellem Børkop og Fredericia.",
			"Busforbindelsen mellem Billund og Vejle bør gå hver halve time.",
			"Planen bør beskytte de lavbundsjorder, der kan udtages efter den grønne trepart.",
			"Klimatilpasningen ved Kolding Fjord skal prioriteres højere.",
			"Nye boligområder bør ligge tæt på stationerne, så færre skal køre bil.",
			"Vi foreslår en fælles strategi for solceller på tage frem for på marker.",
			"Skovrejsning bør ske, hvor den også beskytter grundvandet.",
			"Erhvervsarealerne ved motorvejen er for store i forhold til behovet.");

	private final Consultations consultations;

	private final Responses responses;

	private final Accounts accounts;

	private final boolean enabled;

	ConsultationsDemoData(Consultations consultations, Responses responses, Accounts accounts,
			@Value("${samspil.demo.enabled}") boolean enabled) {
		this.consultations = consultations;
		this.responses = responses;
		this.accounts = accounts;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<Consultation> all = consultations.findAll();
		if (!enabled || accounts.findByUsername("sekretariat").isEmpty() || all.isEmpty()) {
			return;
		}
		Consultation demo = all.get(all.size() - 1);
		if (responses.count(demo.id()) > 0) {
			return;
		}
		List<String> anchors = consultations.sections(demo.id()).stream().map(ConsultedSection::anchor).toList();
		Random random = new Random(2026);
		for (int i = 0; i < 300; i++) {
			String name = NAMES.get(random.nextInt(NAMES.size())) + " " + SURNAMES.get(random.nextInt(SURNAMES.size()));
			String body;
			String anchor;
			if (i % 5 < 3) {
				body = "Kære byråd\n\n" + CAMPAIGN + "\n\nMed venlig hilsen\n" + name;
				anchor = anchors.contains("vedvarende-energi") ? "vedvarende-energi" : null;
			}
			else if (i % 5 == 3) {
				body = WATER + (i % 2 == 0 ? "" : " Tak for ordet.");
				anchor = anchors.contains("vand-som-ressource") ? "vand-som-ressource" : null;
			}
			else {
				body = OWN.get(random.nextInt(OWN.size())) + " (" + name + ", svar nr. " + i + " med egne ord om "
						+ "hvordan netop mit område bliver berørt af planens forslag.)";
				anchor = anchors.isEmpty() ? null : anchors.get(random.nextInt(anchors.size()));
			}
			String postcode = POSTCODES.get(random.nextInt(POSTCODES.size()));
			boolean organisation = i % 37 == 0;
			responses.store(demo.id(),
					new NewResponse(UUID.randomUUID().toString(), name,
							name.toLowerCase().replaceAll("[^a-z]+", ".") + i + "@demo.samspil.example", postcode,
							Postcodes.municipality(postcode).map(Object::toString).orElse(null),
							organisation ? "Danmarks Naturfredningsforening, afd. " + (i % 7 + 1) : null,
							anchor == null ? List.of() : List.of(anchor), body, i == 0 ? List.of(DEMO_PDF) : List.of(),
							"192.0.2." + (i % 250)),
					false, UUID.randomUUID().toString().replace("-", ""));
		}
	}

	private static final NewResponse.Upload DEMO_PDF = new NewResponse.Upload("kort.pdf", "application/pdf",
			"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes());

}
