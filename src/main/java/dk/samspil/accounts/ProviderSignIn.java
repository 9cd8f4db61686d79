package dk.samspil.accounts;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import dk.samspil.region.MunicipalityCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Finds the Samspil person a provider has vouched for, once Spring Security has checked
 * its ID token (signature, issuer, audience, expiry, nonce). By the subject recorded at
 * an earlier sign-in; at the first, by an address the provider says it has verified and
 * the secretariat gave a person, which then records the subject. Nobody else gets in, nor
 * anyone whose account is deactivated, and a municipality's provider vouches only for
 * that municipality's people.
 */
@Component
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN = "samspil_unknown_person";

	static final String DEACTIVATED = "samspil_deactivated";

	/**
	 * Microsoft Entra ID sends no {@code email_verified}; this optional claim says that
	 * the owner of the address's domain has verified it, which is what a municipality's
	 * own tenant vouches for.
	 */
	static final String ENTRA_ID_DOMAIN_VERIFIED = "xms_edov";

	private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

	private final OidcUserService tokens = new OidcUserService();

	private final People people;

	private final Identities identities;

	private final Providers providers;

	private final Clock clock;

	ProviderSignIn(People people, Identities identities, Providers providers, ProviderCalls calls, Clock clock) {
		tokens.setOauth2UserService(calls.userInfo());
		this.people = people;
		this.identities = identities;
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * No transaction around it: asking the provider for the user info is a call over the
	 * network, and the one write, recording the subject, is a single statement whose
	 * unique keys settle two first sign-ins at once.
	 */
	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser token = tokens.loadUser(request);
		String provider = request.getClientRegistration().getRegistrationId();
		String issuer = token.getIdToken().getIssuer().toString();
		Person person = bySubject(issuer, token.getSubject()).or(() -> byVerifiedEmail(issuer, token))
			.orElseThrow(() -> refuse(UNKNOWN, provider, token));
		MunicipalityCode municipality = providers.municipality(provider).orElse(null);
		if (!Objects.equals(municipality, person.municipality())) {
			// The provider of one municipality does not vouch for another's people.
			throw refuse(UNKNOWN, provider, token);
		}
		if (!person.active()) {
			throw refuse(DEACTIVATED, provider, token);
		}
		if (!identities.hasSubjectAt(person.id(), issuer)) {
			identities.link(person.id(), issuer, token.getSubject(), clock.instant());
		}
		if (!identities.personOf(issuer, token.getSubject()).equals(Optional.of(person.id()))) {
			// Linked meanwhile to someone else, or this person to another subject.
			throw refuse(UNKNOWN, provider, token);
		}
		log.info("{} signed in with {}", person.username(), provider);
		return new ProviderSignedInUser(person, token);
	}

	private Optional<Person> bySubject(String issuer, String subject) {
		return identities.personOf(issuer, subject).flatMap(people::find);
	}

	/**
	 * Only for a person who has no subject at this provider yet: one who has must sign in
	 * as that subject, whoever else claims their address.
	 */
	private Optional<Person> byVerifiedEmail(String issuer, OidcUser token) {
		boolean verified = Boolean.TRUE.equals(token.getEmailVerified())
				|| Boolean.TRUE.equals(token.getClaimAsBoolean(ENTRA_ID_DOMAIN_VERIFIED));
		if (!verified || token.getEmail() == null || token.getEmail().isBlank()) {
			return Optional.empty();
		}
		return people.findByEmail(token.getEmail()).filter(person -> !identities.hasSubjectAt(person.id(), issuer));
	}

	private static OAuth2AuthenticationException refuse(String error, String provider, OidcUser token) {
		log.info("Sign-in with {} refused ({}) for subject {}", provider, error, token.getSubject());
		return new OAuth2AuthenticationException(new OAuth2Error(error, provider, null));
	}

}
