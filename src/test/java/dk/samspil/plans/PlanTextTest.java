package dk.samspil.plans;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTextTest {

	@Test
	void headingsBecomeNumberedSectionsWithAnchorsFromTheirText() {
		List<Section> sections = PlanText.sections("""
				Forord uden overskrift.

				# Klima og energi
				Tekst.
				## Vand & PtX
				Mere tekst.
				## Vand & PtX
				Igen.
				# Grøn mobilitet
				""");
		assertThat(sections).extracting(Section::number).containsExactly("", "1", "1.1", "1.2", "2");
		assertThat(sections).extracting(Section::anchor)
			.containsExactly("indledning", "klima-og-energi", "vand-ptx", "vand-ptx-2", "groen-mobilitet");
		assertThat(sections.get(2).body()).isEqualTo("Mere tekst.");
	}

	@Test
	void everyAnchorIsItsOwnWhenTitlesRepeatOrLookLikeNumberedOnes() {
		List<Section> sections = PlanText.sections("# Vand\n# Vand 2\n# Vand\n# Vand\n" + "#\n".repeat(3_000));
		assertThat(sections).extracting(Section::anchor)
			.startsWith("vand", "vand-2", "vand-3", "vand-4", "indledning", "indledning-2")
			.endsWith("indledning-3000")
			.doesNotHaveDuplicates();
	}

	@Test
	void anAnchorStaysWhenTextIsAddedAroundIt() {
		List<Section> before = PlanText.sections("# Vision\nA\n# Vand som ressource\nB");
		List<Section> after = PlanText.sections("# Ny indledning\nX\n# Vision\nA\n# Vand som ressource\nB ændret");
		assertThat(after.get(2).anchor()).isEqualTo(before.get(1).anchor());
		assertThat(after.get(2).number()).isEqualTo("3");
	}

	@Test
	void markupInThePlanIsShownNotRun() {
		Section section = PlanText.sections("# A\n<script>alert(1)</script> [x](javascript:alert)").get(0);
		assertThat(section.html()).doesNotContain("<script")
			.doesNotContain("href=\"javascript")
			.contains("&lt;script&gt;");
	}

	@Test
	void aVersionWrittenBackAsMarkdownGivesTheSameSections() {
		List<Section> sections = PlanText.sections(PlansDemoData.DEMO_PLAN);
		assertThat(PlanText.sections(PlanText.markdown(sections))).isEqualTo(sections);
	}

	@Test
	void comparisonMarksChangedAddedAndRemovedSections() {
		VersionComparison comparison = VersionComparison.of(PlanText.sections("# A\n1\n# B\n2\n# C\n3"),
				PlanText.sections("# A\n1\n# B\n2 ændret\n# D\n4"));
		assertThat(comparison.rows()).extracting(row -> row.shown().anchor() + " " + row.change())
			.containsExactly("a UNCHANGED", "b CHANGED", "d ADDED", "c REMOVED");
	}

	@Test
	void aSectionShowsOnlyWebMailAndRelativeLinksAsLinks() {
		Section section = PlanText
			.sections("# Vand\n[Kort](data:text/html;base64,PHNjcmlwdD4=) og "
					+ "[Plandata](https://plandata.dk/) og <script>alert(1)</script>")
			.get(0);
		assertThat(section.html()).contains("Kort og", "href=\"https://plandata.dk/\"", "&lt;script&gt;")
			.doesNotContain("data:", "<script");
	}

}
