package dk.samspil.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dk.samspil.accounts.ApplicationSecurity;

import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} of a page needs beyond its controller, from what every page
 * of the application has: the texts of all modules in Danish and English, a configuration
 * the slice does not pick up by itself (the language choice, the layout's model, the
 * advice and the filters it does), and the application's own security chain
 * ({@link ApplicationSecurity}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(MessagesConfiguration.class)
@ApplicationSecurity
public @interface PageSlice {

}
