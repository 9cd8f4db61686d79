package dk.samspil.accounts;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dk.samspil.region.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The municipalities' own OpenID Connect providers, as Spring Boot's
 * {@code spring.security.oauth2.client.*} properties register them, with what Samspil
 * adds to each ({@link ProviderSettings}).
 * <p>
 * A provider is looked up (its discovery document read) the first time someone uses it,
 * not at start, and looked up again on the next use when it did not answer: a provider
 * that is down must not keep Samspil from starting, nor its people from signing in with a
 * password meanwhile.
 */
class Providers implements ClientRegistrationRepository {

	/** The error a sign-in with a provider that did not answer ends in. */
	static final String UNAVAILABLE = "samspil_provider_unavailable";

	private static final Logger log = LoggerFactory.getLogger(Providers.class);

	private final OAuth2ClientProperties registrations;

	private final Map<String, ProviderSettings.Provider> settings;

	private final Map<String, ClientRegistration> found = new ConcurrentHashMap<>();

	Providers(OAuth2ClientProperties registrations, ProviderSettings settings) {
		this.registrations = registrations;
		this.settings = settings.providers();
		for (String id : this.settings.keySet()) {
			if (!registrations.getRegistration().containsKey(id)) {
				throw new IllegalStateException("samspil.accounts.providers." + id
						+ " names no provider: set spring.security.oauth2.client.registration." + id + ".client-id");
			}
		}
	}

	/** A button on the login page. */
	record Button(String id, String name) {
	}

	/** Every configured provider, by name; none in the demo. */
	List<Button> buttons() {
		return registrations.getRegistration()
			.keySet()
			.stream()
			.map(id -> new Button(id, name(id).orElseThrow()))
			.sorted(Comparator.comparing(Button::name))
			.toList();
	}

	boolean any() {
		return !registrations.getRegistration().isEmpty();
	}

	/** The name a provider is shown with, for a known id only. */
	Optional<String> name(String id) {
		var registration = id == null ? null : registrations.getRegistration().get(id);
		if (registration == null) {
			return Optional.empty();
		}
		return Optional.of(registration.getClientName() != null ? registration.getClientName() : id);
	}

	/**
	 * The municipality whose people the provider may sign in; none for the secretariat's
	 * own provider.
	 */
	Optional<MunicipalityCode> municipality(String id) {
		return Optional.ofNullable(settings.get(id)).map(ProviderSettings.Provider::municipality);
	}

	/**
	 * Whether people of this municipality may sign in with a password. The secretariat
	 * (no municipality) always may: it lets everyone else in.
	 */
	boolean passwordsAllowed(MunicipalityCode municipality) {
		return municipality == null || settings.values()
			.stream()
			.noneMatch(provider -> municipality.equals(provider.municipality()) && !provider.localPasswords());
	}

	/**
	 * Where the providers live (scheme, host and port), for the pages' content security
	 * policy: signing out sends the browser on to its provider from a form.
	 */
	Set<String> origins() {
		Set<String> origins = new LinkedHashSet<>();
		registrations.getProvider()
			.values()
			.stream()
			.map(OAuth2ClientProperties.Provider::getIssuerUri)
			.filter(Objects::nonNull)
			.map(URI::create)
			.forEach(uri -> origins.add(uri.getScheme() + "://" + uri.getRawAuthority()));
		return origins;
	}

	@Override
	public ClientRegistration findByRegistrationId(String id) {
		var registration = id == null ? null : registrations.getRegistration().get(id);
		if (registration == null) {
			return null;
		}
		ClientRegistration known = found.get(id);
		if (known != null) {
			return known;
		}
		OAuth2ClientProperties one = new OAuth2ClientProperties();
		one.getRegistration().put(id, registration);
		one.getProvider().putAll(registrations.getProvider());
		try {
			ClientRegistration client = new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(id);
			found.putIfAbsent(id, client);
			return client;
		}
		catch (RuntimeException ex) {
			String why = String.valueOf(ex.getMessage());
			log.warn("Sign-in provider {} could not be looked up: {}", id,
					why.length() > 300 ? why.substring(0, 300) + "…" : why);
			throw new OAuth2AuthenticationException(new OAuth2Error(UNAVAILABLE, id, null), ex);
		}
	}

}
