package dk.samspil.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dk.samspil.accounts.Accounts;
import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupId;
import dk.samspil.groups.Theme;
import dk.samspil.groups.ThemeId;
import dk.samspil.groups.Themes;
import dk.samspil.search.Visibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few documents and notes, so that a newcomer finds something in the libraries, the
 * search and the themes.
 */
@Component
@Order(50)
class LibraryDemoData implements ApplicationRunner {

	private final Library library;

	private final Documents documents;

	private final Accounts accounts;

	private final GroupDirectory groups;

	private final Themes themes;

	private final boolean enabled;

	LibraryDemoData(Library library, Documents documents, Accounts accounts, GroupDirectory groups, Themes themes,
			@Value("${samspil.demo.enabled}") boolean enabled) {
		this.library = library;
		this.documents = documents;
		this.accounts = accounts;
		this.groups = groups;
		this.themes = themes;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || accounts.findByUsername("sekretariat").isEmpty() || documents.count() > 0) {
			return;
		}
		add("teknisk-vand", "fredericia.vand", DocumentKind.DOCUMENT, Visibility.MEMBERS,
				"Genbrug af renset spildevand til industrien",
				"Forundersøgelse af, hvordan renset spildevand fra Fredericia kan blive procesvand til industri og Power-to-X.",
				"""
						## Baggrund
						Renseanlægget i Fredericia er dimensioneret til 420.000 personækvivalenter. Vandpartnerskabet undersøger,
						om **renset spildevand** kan erstatte grundvand som procesvand.

						## Næste skridt
						- Afklare krav til vandkvalitet for elektrolyse
						- Vurdere omkostninger ved omvendt osmose
						""",
				"Vand som ressource", "Power-to-X");
		add("vandressourcen", "vejle.vand", DocumentKind.NOTE, Visibility.GROUP,
				"Noter om vandbehov pr. MW elektrolyse", "Tommelfingerregler til scenarierne.",
				"Cirka 200 liter ultrarent vand og 400 liter kølevand i timen pr. MW. Til råvand regnes med 2.300–4.500 m³ om året pr. MW.",
				"Power-to-X", "Vand som ressource");
		add("klimachefgruppen", "kolding.klima", DocumentKind.DOCUMENT, Visibility.PUBLIC,
				"Grøn trepart: status for lokale treparter",
				"Overblik over kommunernes arbejde med den lokale trepart for Lillebælt/Jylland.",
				"Den lokale trepart for Lillebælt/Jylland blev enig om en omlægningsplan på knap 25.000 ha den 29. oktober 2025.",
				"Grøn trepart");
		add("sammenhaengende-groen-mobilitet", "billund.mobilitet", DocumentKind.NOTE, Visibility.MEMBERS,
				"Pendling på tværs af kommunegrænser",
				"Mere end hver femte pendler krydser en kommunegrænse i Trekantområdet.",
				"I 2023 pendlede omkring 53.000 ind og 45.000 ud. Transport står for omkring 29 % af regionens udledning.",
				"Grøn mobilitet");
	}

	private void add(String slug, String author, DocumentKind kind, Visibility visibility, String title, String summary,
			String body, String... themeNames) {
		GroupId group = groups.findBySlug(slug).orElseThrow().id();
		PersonId person = accounts.findByUsername(author).orElseThrow();
		List<Long> themeIds = Arrays.stream(themeNames)
			.map(themes::findByName)
			.flatMap(Optional::stream)
			.map(Theme::id)
			.map(ThemeId::value)
			.toList();
		library.create(group, new DocumentForm(kind, title, summary, body.strip(), themeIds, visibility, 1), List.of(),
				person);
	}

}
