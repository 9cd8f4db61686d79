package dk.samspil.web;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module keeps its texts in {@code i18n/<module>.properties} (Danish) and
 * {@code i18n/<module>_en.properties} (English); all of them are found here, so a new
 * module adds its bundle without touching any shared file. They are read once and merged
 * into one table per language: a page asks for dozens of texts, and looking each up
 * bundle by bundle (twenty of them, each with its parent) was a tenth of a simple page's
 * time. No key is in two bundles (a test says so), so merging changes no text.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	static final String BUNDLES = "classpath*:i18n/*.properties";

	@Bean
	MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource messages = new UnsharedFormats();
		messages.setBasenames(basenames().stream().map(basename -> "classpath:" + basename).toArray(String[]::new));
		// Read once and kept for as long as the application runs, which also makes each
		// lookup one look in the merged table of the language.
		messages.setCacheMillis(-1);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * Gives each text with arguments a format of its own to fill in. Spring keeps one
	 * format per text and language and fills it in under a lock on it (a format is not
	 * safe for two threads), so that under load every page showing, say, a group's number
	 * of members waited for the thread that held the lock, and more so when that thread
	 * was descheduled (35 s of waits, summed over the threads, in two minutes of the
	 * signed-in pages under wrk). The format is made from the same text with the same
	 * language, as Spring makes its own, so the result is the same.
	 */
	static final class UnsharedFormats extends ReloadableResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			String text = resolveCodeWithoutArguments(code, locale);
			return text == null ? null : createMessageFormat(text, locale);
		}

	}

	static Set<String> basenames() throws IOException {
		Set<String> basenames = new TreeSet<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES)) {
			basenames.add("i18n/" + bundle.getFilename().replaceFirst("(_[a-z]{2})?\\.properties$", ""));
		}
		return basenames;
	}

}
