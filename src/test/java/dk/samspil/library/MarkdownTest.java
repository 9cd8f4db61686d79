package dk.samspil.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown is shown as formatting, never as markup or script someone typed. */
class MarkdownTest {

	@Test
	void formatsMarkdown() {
		assertThat(Markdown.toHtml("# Vand\n\n**Fed** og *kursiv*\n\n- et punkt"))
			.contains("<h1>Vand</h1>", "<strong>Fed</strong>", "<em>kursiv</em>", "<li>et punkt</li>");
	}

	@Test
	void aScriptNeverGetsThrough() {
		String html = Markdown.toHtml("""
				<script>alert('x')</script>

				<img src=x onerror="alert(1)">

				Tekst med <b onclick="alert(2)">html</b>.""");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b ")
			.contains("&lt;script&gt;");
	}

	@Test
	void onlyWebAndMailLinksAreKept() {
		assertThat(Markdown.toHtml("[klik](javascript:alert(1)) [k2](JaVaScRiPt:alert(1)) [k3](java\tscript:alert(1))"))
			.doesNotContain("javascript:").doesNotContain("JaVaScRiPt").doesNotContain("alert(1)\"");
		assertThat(Markdown.toHtml("[data](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:text");
		assertThat(Markdown.toHtml("![b](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(Markdown.toHtml("[Plandata](https://plandata.dk/) [mail](mailto:a@b.dk) [intern](/themes)"))
			.contains("href=\"https://plandata.dk/\"", "href=\"mailto:a@b.dk\"", "href=\"/themes\"",
					"rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void theSearchGetsTheWordsWithoutMarkdownSigns() {
		assertThat(Markdown.toText("## Kølevand\n\n**Fed** tekst")).contains("Kølevand", "Fed tekst").doesNotContain("#")
			.doesNotContain("*");
	}
}
