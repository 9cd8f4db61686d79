package dk.samspil.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

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

	/**
	 * The texts with arguments are filled in with formats of their own, which must give
	 * what Spring's shared ones give, quotes and numbers included.
	 */
	@Test
	void everyTextReadsAsSpringItselfWouldFillItIn() throws IOException {
		MessageSource unshared = new MessagesConfiguration().messageSource();
		ReloadableResourceBundleMessageSource spring = new ReloadableResourceBundleMessageSource();
		spring.setBasenames(
				MessagesConfiguration.basenames().stream().map(name -> "classpath:" + name).toArray(String[]::new));
		spring.setDefaultEncoding("UTF-8");
		spring.setFallbackToSystemLocale(false);
		// Numbers fit every argument type the texts use (plain, number, choice and date).
		Object[] arguments = { 7, 1234567, 2, 3, 4 };
		int withArguments = 0;
		for (String basename : MessagesConfiguration.basenames()) {
			Properties danish = load(basename + ".properties");
			for (String key : danish.stringPropertyNames()) {
				for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
					assertThat(filled(unshared, key, arguments, locale)).as(key)
						.isEqualTo(filled(spring, key, arguments, locale));
					assertThat(filled(unshared, key, null, locale)).as(key)
						.isEqualTo(filled(spring, key, null, locale));
				}
				withArguments += danish.getProperty(key).contains("{0") ? 1 : 0;
			}
		}
		assertThat(withArguments).isGreaterThan(50);
	}

	/**
	 * A text with arguments is read as a format, where a lone apostrophe starts a quote:
	 * "the engine's format, at most {0} MB" came out as "the engines format, at most {0}
	 * MB". Such a text writes the apostrophe twice; a text without arguments is shown as
	 * written and so writes it once.
	 */
	@Test
	void everyApostropheIsShownAndEveryPlaceholderFilledIn() throws IOException {
		MessageSource messages = new MessagesConfiguration().messageSource();
		Object[] arguments = { 7, 1234567, 2, 3, 4, 5, 6, 8, 9 };
		Set<String> wrong = new TreeSet<>();
		for (String basename : MessagesConfiguration.basenames()) {
			Properties danish = load(basename + ".properties");
			Properties english = load(basename + "_en.properties");
			for (String key : danish.stringPropertyNames()) {
				for (Locale locale : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
					String text = (locale == Locale.ENGLISH ? english : danish).getProperty(key);
					boolean hasArguments = Pattern.compile("\\{\\d").matcher(text).find();
					String shown = filled(messages, key, hasArguments ? arguments : null, locale);
					String expectedApostrophes = hasArguments ? text.replace("''", "'") : text;
					if (shown.startsWith("refused: ")) {
						continue;
					}
					if (Pattern.compile("\\{\\d").matcher(shown).find() || shown.contains("''")
							|| apostrophes(shown) != apostrophes(expectedApostrophes)) {
						wrong.add(locale + " " + key + ": " + shown);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static long apostrophes(String text) {
		return text.chars().filter(c -> c == '\'').count();
	}

	/**
	 * The text filled in, or the kind of error (a few texts are meant for the validator's
	 * named placeholders, such as {@code {max}}, which a format refuses either way).
	 */
	private static String filled(MessageSource messages, String key, Object[] arguments, Locale locale) {
		try {
			return messages.getMessage(key, arguments, locale);
		}
		catch (IllegalArgumentException ex) {
			return "refused: " + ex.getMessage();
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
