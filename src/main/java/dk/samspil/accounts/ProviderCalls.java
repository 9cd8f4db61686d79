package dk.samspil.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call Samspil makes to a provider during a sign-in (the code exchange, the
 * provider's signing keys, the user info) gives up after
 * {@code samspil.accounts.provider-timeout}, so that a provider that accepts the
 * connection and then says nothing ends the sign-in with "not answering" rather than
 * holding the person, and one of Samspil's threads, for good. Spring Security's own
 * clients wait without a limit; the discovery document it reads with one of 30 seconds.
 * Otherwise each call is made as Spring Security makes it.
 */
class ProviderCalls {

	private final SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	ProviderCalls(Duration timeout) {
		requests.setConnectTimeout(timeout);
		requests.setReadTimeout(timeout);
	}

	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange() {
		var client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(RestClient.builder()
			.requestFactory(requests)
			.configureMessageConverters(converters -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	/**
	 * ID tokens signed with RS256, checked as Spring Security's own factory checks them.
	 */
	JwtDecoderFactory<ClientRegistration> idTokens() {
		RestTemplate keys = new RestTemplate(requests);
		return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
				.jwsAlgorithm(SignatureAlgorithm.RS256)
				.restOperations(keys)
				.build();
			decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
					new OidcIdTokenValidator(registration)));
			decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
			return decoder;
		});
	}

	DefaultOAuth2UserService userInfo() {
		RestTemplate rest = new RestTemplate(requests);
		rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		var service = new DefaultOAuth2UserService();
		service.setRestOperations(rest);
		return service;
	}

}
