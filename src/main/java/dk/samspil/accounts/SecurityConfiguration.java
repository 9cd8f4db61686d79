package dk.samspil.accounts;

import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Public pages are listed here; every other page needs a login. Rules finer than that
 * (the secretariat's pages) sit on the controllers as {@code @PreAuthorize}, next to what
 * they protect.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The login page, and where its form posts. */
	static final String LOGIN = "/login";

	/** The login page's parameter for a right password its owner may no longer use. */
	static final String PASSWORDS_OFF = "passwordsOff";

	static final String[] PUBLIC = { "/", LOGIN, "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/error", "/actuator/health", "/actuator/health/**",
			// a person's calendar feed: calendar programs fetch it without a login; its
			// secret token is the key
			"/calendar/*.ics",
			// documents a group has made public
			"/public/documents/**",
			// goals the secretariat has made public, and their figures as open data
			"/public/goals", "/public/goals/**",
			// the planning strategy as published for consultation (never its rounds,
			// ballots or drafts)
			"/public/strategy", "/public/strategy/**",
			// Public consultations: the text, the response form, the receipt and
			// withdrawal. Processing is elsewhere.
			"/consultations/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CsrfTokenRepository csrfTokens, LoginThrottle throttle,
			Providers providers, ProviderSignIn signIn, OAuth2AuthorizedClientRepository authorizedClients,
			ProviderCalls calls) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(
					form -> form.loginPage(LOGIN).successHandler(signedIn(throttle)).failureHandler(failed(throttle)))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.logout(logout -> logout.logoutSuccessHandler(ProviderConfiguration.signOut(providers)))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(maskedTokens()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp
				.policyDirectives("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
						+ "object-src 'none'; base-uri 'self'; form-action " + formAction(providers)
						+ "; frame-ancestors 'none'")));
		if (providers.any()) {
			http.oauth2Login(login -> ProviderConfiguration.signInWithProviders(login, providers, signIn,
					authorizedClients, calls));
		}
		return http.build();
	}

	/**
	 * Forms post to Samspil only; signing out goes on to the person's provider, and
	 * browsers hold a form's redirects to this rule too.
	 */
	private static String formAction(Providers providers) {
		return String.join(" ", Stream.concat(Stream.of("'self'"), providers.origins().stream()).toList());
	}

	/**
	 * Forgets this username's failures from this address, then goes where the login
	 * form's default would.
	 */
	private static AuthenticationSuccessHandler signedIn(LoginThrottle throttle) {
		var then = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			throttle.succeeded(LoginAttempt.of(request), authentication.getName());
			then.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Every failure looks the same, whether the password was wrong, the username unknown
	 * or the person deactivated, and each stays counted by the throttle. Only a right
	 * password of a person whose municipality has switched passwords off says so
	 * ({@link SignedInUser}).
	 */
	private static AuthenticationFailureHandler failed(LoginThrottle throttle) {
		return (request, response, exception) -> {
			throttle.failed(LoginAttempt.of(request));
			String reason = exception instanceof CredentialsExpiredException ? PASSWORDS_OFF : "error";
			response.sendRedirect(request.getContextPath() + LOGIN + "?" + reason);
		};
	}

	/**
	 * The form token in pages masked anew on every page, as Spring Security does by
	 * default, with each thread's own random generator instead of one shared by all.
	 */
	private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadRandom());
		return handler;
	}

	@Bean
	CsrfTokenRepository csrfTokens() {
		return new PublicFormCsrfTokens();
	}

	/**
	 * No observation (timer and span) around each of the security filters on every
	 * request: a dozen per request, a measurable share of the CPU a public response
	 * costs. The request as a whole is still observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
