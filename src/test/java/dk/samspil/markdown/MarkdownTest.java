package dk.samspil.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown is shown as formatting, never as markup or script someone typed. */
class MarkdownTest {

	@Test
	void formatsMarkdown() {
		assertThat(Markdown.toHtml("# Vand\n\n**Fed** og *kursiv*\n\n- et punkt")).contains("<h1>Vand</h1>",
				"<strong>Fed</strong>", "<em>kursiv</em>", "<li>et punkt</li>");
	}

	@Test
	void aScriptNeverGetsThrough() {
		String html = Markdown.toHtml("""
				<script>alert('x')</script>

				<img src=x onerror="alert(1)">

				Tekst med <b onclick="alert(2)">html</b>.""");
		assertThat(html).doesNotContain("<script")
			.doesNotContain("<img")
			.doesNotContain("<b ")
			.contains("&lt;script&gt;");
	}

	@Test
	void onlyWebAndMailLinksAreKept() {
		assertThat(Markdown.toHtml("[klik](javascript:alert(1)) [k2](JaVaScRiPt:alert(1)) [k3](java\tscript:alert(1))"))
			.doesNotContain("javascript:")
			.doesNotContain("JaVaScRiPt")
			.doesNotContain("alert(1)\"");
		assertThat(Markdown.toHtml("[data](data:text/html;base64,PHNjcmlwdD4=)")).doesNotContain("data:text");
		assertThat(Markdown.toHtml("![b](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(Markdown.toHtml("[Plandata](https://plandata.dk/) [mail](mailto:a@b.dk) [intern](/themes)"))
			.contains("href=\"https://plandata.dk/\"", "href=\"mailto:a@b.dk\"", "href=\"/themes\"",
					"rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void anyOtherLinkIsShownAsItsTextNotAsALink() {
		assertThat(Markdown.toHtml("[Se kortet](data:text/html;base64,PHNjcmlwdD4=)")).isEqualTo("<p>Se kortet</p>\n");
		assertThat(Markdown.toHtml("[klik](javascript:alert(1))")).isEqualTo("<p>klik</p>\n");
		assertThat(Markdown.toHtml("<javascript:alert(1)>")).doesNotContain("<a").contains("javascript:alert(1)");
		assertThat(Markdown.toHtml("[x](&#106;avascript:alert(1))")).as("an entity does not hide the scheme")
			.doesNotContain("<a");
		assertThat(Markdown.toHtml("[x](vbscript:msgbox) [y](file:///etc/passwd)")).doesNotContain("<a");
		assertThat(Markdown.toHtml("![kort](data:image/png;base64,AAAA)")).isEqualTo("<p>kort</p>\n");
		assertThat(Markdown.toHtml("[ref]\n\n[ref]: data:text/html,x")).doesNotContain("<a");
	}

	@Test
	void relativeLinksStayLinks() {
		assertThat(Markdown.toHtml("[a](/plans/1#2-vand) [b](../x) [c](#afsnit) [d](?q=vand:1)"))
			.contains("href=\"/plans/1#2-vand\"", "href=\"../x\"", "href=\"#afsnit\"", "href=\"?q=vand:1\"");
		assertThat(Markdown.toHtml("![kort](/images/kort.png)")).contains("<img src=\"/images/kort.png\"");
	}

	@Test
	void theSearchGetsTheWordsWithoutMarkdownSigns() {
		assertThat(Markdown.toText("## Kølevand\n\n**Fed** tekst")).contains("Kølevand", "Fed tekst")
			.doesNotContain("#")
			.doesNotContain("*");
	}

}
