package dk.samspil.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What a {@code @WebMvcTest} of a page needs beyond its controller, from what every page
 * of the application has: the texts of all modules in Danish and English (a configuration
 * the slice does not pick up by itself; the language choice, the layout's model and the
 * filters it does) and the controllers' own {@code @PreAuthorize} rules. The address
 * rules and the login of {@code accounts.SecurityConfiguration} need the people and the
 * sessions in the database, so a slice runs under Spring Boot's default chain (every
 * address needs a login, forms need their CSRF token) and {@code AccessRulesTest} proves
 * the real chain on the whole application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ MessagesConfiguration.class, PageSlice.MethodSecurity.class })
public @interface PageSlice {

	/** The controllers' {@code @PreAuthorize}, as the application enables it. */
	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity
	class MethodSecurity {

	}

}
