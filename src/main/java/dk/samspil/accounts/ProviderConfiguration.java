package dk.samspil.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * Sign-in with the municipalities' own providers, next to the password form
 * ({@link SecurityConfiguration}). Spring Boot's properties register the providers;
 * {@link Providers} replaces Boot's registry so that none is read at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ OAuth2ClientProperties.class, ProviderSettings.class })
class ProviderConfiguration {

	static final String SIGNED_OUT = "/?loggedOut";

	@Bean
	Providers providers(OAuth2ClientProperties registrations, ProviderSettings settings) {
		return new Providers(registrations, settings);
	}

	@Bean
	ProviderCalls providerCalls(ProviderSettings settings) {
		return new ProviderCalls(settings.providerTimeout());
	}

	/** Found by Spring Security's sign-in as a bean, and used for every ID token. */
	@Bean
	JwtDecoderFactory<ClientRegistration> idTokenDecoders(ProviderCalls calls) {
		return calls.idTokens();
	}

	/**
	 * The tokens live in the session, which lives in the database, so that any instance
	 * can end the provider's session at sign-out.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/** The redirect to the provider and the answer from it, both on the login page. */
	static void signInWithProviders(OAuth2LoginConfigurer<?> login, Providers providers, ProviderSignIn signIn,
			OAuth2AuthorizedClientRepository authorizedClients, ProviderCalls calls) {
		var failures = new ProviderSignInFailures(providers);
		login.loginPage(SecurityConfiguration.LOGIN)
			.clientRegistrationRepository(providers)
			.authorizedClientRepository(authorizedClients)
			.tokenEndpoint(token -> token.accessTokenResponseClient(calls.codeExchange()))
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
			.failureHandler(failures)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
					// By default a provider that cannot be reached answers the button
					// with a 500.
					filter.setAuthenticationFailureHandler(failures);
					return filter;
				}
			});
	}

	/**
	 * Ends the provider's session too where it offers RP-initiated logout, then comes
	 * back to the front page; when the provider cannot be reached, Samspil's session is
	 * ended all the same.
	 */
	static LogoutSuccessHandler signOut(Providers providers) {
		var atProvider = new OidcClientInitiatedLogoutSuccessHandler(providers);
		atProvider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
		atProvider.setDefaultTargetUrl(SIGNED_OUT);
		return new LogoutSuccessHandler() {
			@Override
			public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				try {
					atProvider.onLogoutSuccess(request, response, authentication);
				}
				catch (RuntimeException providerDown) {
					response.sendRedirect(request.getContextPath() + SIGNED_OUT);
				}
			}
		};
	}

}
