package dk.samspil.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date or a time in a refusal reaches the reader as they write it, whichever module
 * refused and whether it is shown after a redirect or beside a form.
 */
class RefusalTest {

	static final Locale DANISH = Locale.forLanguageTag("da");

	final StaticMessageSource messages = new StaticMessageSource();

	{
		messages.addMessage("test.due", DANISH, "Fristen er {0}; sidst ændret {1}.");
		messages.addMessage("test.due", Locale.ENGLISH, "Due by {0}; last changed {1}.");
	}

	final Refusal refusal = new Refusal("test.due", LocalDate.of(2026, 12, 3), Instant.parse("2026-07-01T12:05:00Z"));

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theAdviceWritesDatesInTheLanguageOfTheRequest() {
		assertThat(shownAfterRedirect(DANISH))
			.isEqualTo("Fristen er 3. december 2026; sidst ændret 1. juli 2026 kl. 14.05.");
		assertThat(shownAfterRedirect(Locale.ENGLISH))
			.isEqualTo("Due by 3 December 2026; last changed 1 July 2026 at 14.05.");
	}

	@Test
	void aFormShowsDatesInTheLanguageOfTheRequest() {
		assertThat(shownOnForm(DANISH)).isEqualTo("Fristen er 3. december 2026; sidst ændret 1. juli 2026 kl. 14.05.");
		assertThat(shownOnForm(Locale.ENGLISH)).isEqualTo("Due by 3 December 2026; last changed 1 July 2026 at 14.05.");
	}

	@Test
	void aPageThatShowsTheReasonItselfWritesDatesAsTheAdviceDoes() {
		assertThat(refusal.reason(messages, DANISH))
			.isEqualTo("Fristen er 3. december 2026; sidst ændret 1. juli 2026 kl. 14.05.");
		assertThat(refusal.reason(messages, Locale.ENGLISH))
			.isEqualTo("Due by 3 December 2026; last changed 1 July 2026 at 14.05.");
		assertThat(new Refusal("test.unknown").reason(messages, Locale.ENGLISH)).isEqualTo("test.unknown");
	}

	@Test
	void otherArgumentsAreLeftAsTheyAre() {
		assertThat(new Refusal("test.count", 3, "Vejle").arguments(Locale.ENGLISH)).containsExactly(3, "Vejle");
	}

	@Test
	void everyKindOfDateAndTimeIsWrittenInTheReadersLanguageAndInDanishTime() {
		Refusal refusal = new Refusal("test.any", LocalDateTime.of(2026, 7, 1, 14, 5),
				ZonedDateTime.of(2026, 7, 1, 12, 5, 0, 0, ZoneOffset.UTC),
				OffsetDateTime.of(2026, 7, 1, 12, 5, 0, 0, ZoneOffset.UTC), LocalTime.of(9, 30),
				YearMonth.of(2026, 12));
		assertThat(refusal.arguments(DANISH)).containsExactly("1. juli 2026 kl. 14.05", "1. juli 2026 kl. 14.05",
				"1. juli 2026 kl. 14.05", "09.30", "december 2026");
		assertThat(refusal.arguments(Locale.ENGLISH)).containsExactly("1 July 2026 at 14.05", "1 July 2026 at 14.05",
				"1 July 2026 at 14.05", "09.30", "December 2026");
	}

	private String shownAfterRedirect(Locale locale) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/plans/1/steps");
		request.addHeader("Referer", "http://localhost/plans/1");
		FlashMap flash = new FlashMap();
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
		String view = new RefusalAdvice(messages).refused(refusal, request, locale);
		assertThat(view).isEqualTo("redirect:/plans/1");
		return (String) flash.get("refused");
	}

	private String shownOnForm(Locale locale) {
		LocaleContextHolder.setLocale(locale);
		BindingResult errors = new BeanPropertyBindingResult(new Object(), "form");
		refusal.rejectOn(errors);
		return messages.getMessage(errors.getGlobalError(), locale);
	}

}
