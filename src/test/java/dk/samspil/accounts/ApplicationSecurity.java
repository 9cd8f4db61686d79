package dk.samspil.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The application's own security chain in a slice of the web layer: which addresses are
 * public, the login page, the form tokens, the headers and the controllers'
 * {@code @PreAuthorize}. The chain is built with two beans that read people from the
 * database, the login throttle (asked only when the login form is posted) and the sign-in
 * with a municipality's provider (asked only on the way back from a provider); in a slice
 * they are mocks, and {@link Untouched#verify} says that no request of the test reached
 * them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ SecurityConfiguration.class, ProviderConfiguration.class })
@MockitoBean(types = { LoginThrottle.class, ProviderSignIn.class })
public @interface ApplicationSecurity {

	/** The check that the mocks stood in for what no request reached. */
	final class Untouched {

		private Untouched() {
		}

		/**
		 * Fails if a request signed in or was throttled, which a slice cannot do for
		 * real.
		 */
		public static void verify(ApplicationContext context) {
			verifyNoInteractions(context.getBean(LoginThrottle.class), context.getBean(ProviderSignIn.class));
		}

	}

}
