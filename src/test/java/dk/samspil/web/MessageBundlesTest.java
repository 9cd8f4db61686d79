package dk.samspil.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in Danish and English, and every key a template names exists. */
class MessageBundlesTest {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	@Test
	void everyModuleHasItsTextsInDanishAndEnglishWithTheSameKeys() throws IOException {
		assertThat(MessagesConfiguration.basenames()).contains("i18n/web", "i18n/accounts", "i18n/groups",
				"i18n/region");
		for (String basename : MessagesConfiguration.basenames()) {
			assertThat(load(basename + "_en.properties").stringPropertyNames()).as(basename)
				.containsExactlyInAnyOrderElementsOf(load(basename + ".properties").stringPropertyNames());
		}
	}

	@Test
	void noTextIsEmptyAndNoKeyIsInTwoModules() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String basename : MessagesConfiguration.basenames()) {
			for (String bundle : new String[] { basename + ".properties", basename + "_en.properties" }) {
				Properties messages = load(bundle);
				assertThat(messages.stringPropertyNames())
					.allSatisfy(key -> assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
			}
			for (String key : load(basename + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("key " + key + " also in another module").isTrue();
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : MessagesConfiguration.basenames()) {
			keys.addAll(load(basename + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
