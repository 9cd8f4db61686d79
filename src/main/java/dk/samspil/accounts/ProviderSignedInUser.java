package dk.samspil.accounts;

import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through their municipality's provider: the same principal as after a
 * password, so every page reads it alike, and the ID token kept to end the provider's
 * session too at sign-out. Nothing but the subject and address in the token decided who
 * it is; role and municipality are Samspil's.
 */
class ProviderSignedInUser extends SignedInUser implements OidcUser {

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	ProviderSignedInUser(Person person, OidcUser token) {
		super(person);
		this.idToken = token.getIdToken();
		this.userInfo = token.getUserInfo();
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return idToken.getClaims();
	}

	/** The username, as after a password, so that logs and sessions name people alike. */
	@Override
	public String getName() {
		return getUsername();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
