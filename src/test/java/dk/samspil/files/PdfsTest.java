package dk.samspil.files;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

class PdfsTest {

	/** A template named by its own text, as a string resolver reads it. */
	static final String TEMPLATE = """
			<html xmlns:th="http://www.thymeleaf.org" lang="da"><head><title>Notat</title></head><body>
			<h1 th:text="${title}">Titel</h1>
			<p th:each="line : ${lines}" th:text="${line}">linje</p>
			</body></html>""";

	final Pdfs pdfs = new Pdfs(engine());

	@Test
	void aPageThatChangedIsLaidOutAgain() throws Exception {
		byte[] before = pdfs.pdf(TEMPLATE, Map.of("title", "Før", "lines", lines(3)), Locale.forLanguageTag("da"));
		byte[] after = pdfs.pdf(TEMPLATE, Map.of("title", "Efter", "lines", lines(3)), Locale.forLanguageTag("da"));
		assertThat(ArchivablePdf.read(before).text()).contains("Før").doesNotContain("Efter");
		assertThat(ArchivablePdf.read(after).text()).contains("Efter").doesNotContain("Før");
	}

	private static List<String> lines(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> "Svar " + i + ": borgeren foreslår, at stien langs fjorden forlænges til havnen.")
			.toList();
	}

	private static SpringTemplateEngine engine() {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		return engine;
	}

}
