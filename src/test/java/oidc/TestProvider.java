package oidc;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A municipality's identity provider for the tests: Spring Authorization Server in its
 * own small Spring context on a free port of this machine, with one client for Samspil
 * and people whose addresses match demo people. Some of its people come with a twist that
 * a faulty or hostile provider could give an ID token, and it can tamper with the next ID
 * token it hands out.
 */
public final class TestProvider implements AutoCloseable {

	public static final String CLIENT_ID = "samspil";

	/**
	 * Given to Samspil as an environment variable would be; never in main's properties.
	 */
	public static final String CLIENT_SECRET = "a secret only the test knows";

	/** Every account's password at the provider. */
	public static final String PASSWORD = "password at the provider";

	/** What is wrong with the ID tokens of an account. */
	public enum Twist {

		NONE, WRONG_ISSUER, EXPIRED, OTHER_AUDIENCE,

		/**
		 * As Microsoft Entra ID sends it: no {@code email_verified}, but
		 * {@code xms_edov}, the address's domain verified by its owner.
		 */
		ENTRA_ID

	}

	/** A person at the provider: their login there, their subject, and their address. */
	public record Account(String login, String subject, String email, boolean emailVerified, Twist twist) {

		static Account of(String login, String email, boolean verified) {
			return new Account(login, UUID.randomUUID().toString(), email, verified, Twist.NONE);
		}

		static Account twisted(String login, String email, Twist twist) {
			return new Account(login, UUID.randomUUID().toString(), email, true, twist);
		}

	}

	/** The accounts, by login at the provider; each test uses its own. */
	public static final Map<String, Account> ACCOUNTS = Stream
		.of(Account.of("kolding.klima", "kolding.klima@demo.samspil.example", true),
				Account.of("kolding.plan", "kolding.plan@demo.samspil.example", true),
				Account.of("kolding.browser", "kolding.direktor@demo.samspil.example", true),
				Account.of("kolding.vand", "kolding.vand@demo.samspil.example", true),
				Account.of("kolding.mobilitet", "kolding.mobilitet@demo.samspil.example", true),
				Account.of("kolding.unverified", "kolding.planchef@demo.samspil.example", false),
				Account.of("kolding.stranger", "stranger@kolding.example", true),
				Account.of("vejle.klima", "vejle.klima@demo.samspil.example", true),
				Account.twisted("kolding.elsewhere", "kolding.planchef@demo.samspil.example", Twist.WRONG_ISSUER),
				Account.twisted("kolding.expired", "kolding.planchef@demo.samspil.example", Twist.EXPIRED),
				Account.twisted("kolding.other", "kolding.planchef@demo.samspil.example", Twist.OTHER_AUDIENCE),
				Account.of("kolding.tampered", "kolding.planchef@demo.samspil.example", true),
				Account.twisted("kolding.entra", "kolding.planchef@demo.samspil.example", Twist.ENTRA_ID))
		.collect(Collectors.toMap(Account::login, Function.identity()));

	private static TestProvider shared;

	private final AnnotationConfigServletWebServerApplicationContext context;

	private final AtomicBoolean tamperNext = new AtomicBoolean();

	private final AtomicBoolean stallNext = new AtomicBoolean();

	private TestProvider() {
		context = new AnnotationConfigServletWebServerApplicationContext();
		context.registerBean(TestProvider.class, () -> this);
		context.register(Beans.class);
		context.refresh();
	}

	/** The one provider of this test run, started on first use. */
	public static synchronized TestProvider shared() {
		if (shared == null) {
			shared = new TestProvider();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/**
	 * Under "localhost", while Samspil is reached under 127.0.0.1: two sites, as a
	 * municipality's provider and Samspil are, each with its own cookies.
	 */
	public String issuer() {
		return "http://localhost:" + context.getWebServer().getPort();
	}

	/**
	 * A port nothing listens on: a provider that is down. Port 1 (tcpmux) is closed on
	 * any machine a test runs on; a port found free when the context starts could later
	 * be opened by another context, or by the test JVM beside this one.
	 */
	public static int closedPort() {
		return 1;
	}

	/**
	 * Accepts sign-outs that return to the Samspil at this address (the provider compares
	 * them exactly; sign-ins to a loopback address may use any port).
	 */
	public void trust(String samspil) {
		var clients = context.getBean(RegisteredClientRepository.class);
		RegisteredClient client = clients.findByClientId(CLIENT_ID);
		clients.save(RegisteredClient.from(client)
			.postLogoutRedirectUris(uris -> uris.add(samspil + "/?loggedOut"))
			.build());
	}

	/** The next ID token is changed after it was signed. */
	public void tamperWithNextIdToken() {
		tamperNext.set(true);
	}

	/**
	 * The token endpoint takes the next request and then says nothing for
	 * {@link Stalling#SILENCE} before it answers.
	 */
	public void stallNextTokenResponse() {
		stallNext.set(true);
	}

	@Override
	public void close() {
		context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Beans {

		@Bean
		TomcatServletWebServerFactory webServer() {
			var factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(InetAddress.getLoopbackAddress());
			// Tomcat runs filters only for requests a servlet is mapped to; the provider
			// is all filters.
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		RegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(CLIENT_ID)
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://127.0.0.1/login/oauth2/code/kolding")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.EMAIL)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		UserDetailsService people() {
			return new InMemoryUserDetailsManager(ACCOUNTS.keySet()
				.stream()
				.map(login -> User.withUsername(login).password("{noop}" + PASSWORD).roles("STAFF").build())
				.toList());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokens() {
			return context -> {
				if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					return;
				}
				Account account = ACCOUNTS.get(context.getPrincipal().getName());
				var claims = context.getClaims().subject(account.subject()).claim("email", account.email());
				if (account.twist() == Twist.ENTRA_ID) {
					claims.claim("xms_edov", true);
				}
				else {
					claims.claim("email_verified", account.emailVerified());
				}
				Instant now = Instant.now();
				switch (account.twist()) {
					case WRONG_ISSUER -> claims.issuer("http://localhost:1/another-provider");
					case EXPIRED ->
						claims.issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)));
					case OTHER_AUDIENCE -> claims.audience(List.of("another-client"));
					case NONE, ENTRA_ID -> {
					}
				}
			};
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

		@Bean
		FilterRegistrationBean<Tampering> tampering(TestProvider provider) {
			var registration = new FilterRegistrationBean<>(new Tampering(provider.tamperNext));
			registration.addUrlPatterns("/oauth2/token");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		@Bean
		FilterRegistrationBean<Stalling> stalling(TestProvider provider) {
			var registration = new FilterRegistrationBean<>(new Stalling(provider.stallNext));
			registration.addUrlPatterns("/oauth2/token");
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	/**
	 * Puts another address into the payload of the ID token the token endpoint answers
	 * with, when asked to, and leaves its signature as it was.
	 */
	static class Tampering extends OncePerRequestFilter {

		private static final Pattern ID_TOKEN = Pattern
			.compile("\"id_token\"\\s*:\\s*\"([^\".]+)\\.([^\".]+)\\.([^\"]+)\"");

		private final AtomicBoolean next;

		Tampering(AtomicBoolean next) {
			this.next = next;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			String body = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
			Matcher token = ID_TOKEN.matcher(body);
			if (token.find() && next.getAndSet(false)) {
				String payload = new String(Base64.getUrlDecoder().decode(token.group(2)), StandardCharsets.UTF_8);
				String forged = payload.replaceAll("\"email\"\\s*:\\s*\"[^\"]*\"",
						"\"email\":\"sekretariat@demo.samspil.example\"");
				String encoded = Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(forged.getBytes(StandardCharsets.UTF_8));
				body = body.substring(0, token.start(2)) + encoded + body.substring(token.end(2));
				wrapper.resetBuffer();
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				response.setContentLength(bytes.length);
				response.getOutputStream().write(bytes);
				return;
			}
			wrapper.copyBodyToResponse();
		}

	}

	/** Holds the answer back, when asked to, as a provider that hangs would. */
	static class Stalling extends OncePerRequestFilter {

		static final Duration SILENCE = Duration.ofSeconds(15);

		private final AtomicBoolean next;

		Stalling(AtomicBoolean next) {
			this.next = next;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (next.getAndSet(false)) {
				try {
					Thread.sleep(SILENCE.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			chain.doFilter(request, response);
		}

	}

}
