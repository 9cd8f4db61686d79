package dk.samspil.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish unless the person chose English with {@code ?lang=en}; the choice is kept in a
 * cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale DANISH = Locale.forLanguageTag("da");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("samspil-lang");
		resolver.setDefaultLocale(DANISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		// A language cookie someone has tampered with is ignored (Danish), never an error
		// page.
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		// an API call never changes anyone's language cookie
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
	}

}
