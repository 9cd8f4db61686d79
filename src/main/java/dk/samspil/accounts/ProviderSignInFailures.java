package dk.samspil.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every way a sign-in with a provider can end without one, sent back to the login page
 * with the reason as a parameter the page has a message for, and the provider's id where
 * it matters, never a stack trace.
 */
class ProviderSignInFailures implements AuthenticationFailureHandler {

	/** The login page's parameters, each with its message ({@code login.provider.*}). */
	enum Reason {

		/** Nobody in Samspil has this subject or verified address. */
		UNKNOWN("unknown"),
		/** The person's account is deactivated. */
		DEACTIVATED("deactivated"),
		/**
		 * The provider did not answer (its discovery document, or its token endpoint).
		 */
		UNAVAILABLE("unavailable"),
		/**
		 * The answer does not belong to a sign-in started here in this browser: a wrong
		 * or stale {@code state}, a code already used, or the person cancelled.
		 */
		INTERRUPTED("interrupted"),
		/** The provider's answer did not hold up: its ID token, or anything else. */
		REJECTED("rejected");

		private final String parameter;

		Reason(String parameter) {
			this.parameter = parameter;
		}

		String parameter() {
			return parameter;
		}

	}

	private static final Logger log = LoggerFactory.getLogger(ProviderSignInFailures.class);

	private final Providers providers;

	ProviderSignInFailures(Providers providers) {
		this.providers = providers;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String error = errorOf(exception);
		Reason reason = reason(error);
		if (reason == Reason.REJECTED) {
			// The message may carry what the callback's query said: one line, cut short.
			String why = String.valueOf(exception.getMessage()).replaceAll("\\p{Cc}", "?");
			log.warn("Sign-in with a provider rejected: {}", why.length() > 300 ? why.substring(0, 300) + "…" : why);
		}
		var page = UriComponentsBuilder.fromPath(request.getContextPath() + SecurityConfiguration.LOGIN);
		String provider = providerOf(request);
		page.queryParam(reason.parameter(), provider == null ? "" : provider);
		response.sendRedirect(page.build().encode().toUriString());
	}

	private static String errorOf(AuthenticationException exception) {
		if (exception instanceof OAuth2AuthenticationException oauth) {
			return oauth.getError().getErrorCode();
		}
		// The redirect to the provider failed: the cause says why.
		if (exception.getCause() instanceof OAuth2AuthenticationException oauth) {
			return oauth.getError().getErrorCode();
		}
		return "";
	}

	private static Reason reason(String error) {
		return switch (error) {
			case ProviderSignIn.UNKNOWN -> Reason.UNKNOWN;
			case ProviderSignIn.DEACTIVATED -> Reason.DEACTIVATED;
			case Providers.UNAVAILABLE, "invalid_token_response" -> Reason.UNAVAILABLE;
			case "authorization_request_not_found", "invalid_state_parameter", OAuth2ErrorCodes.INVALID_GRANT,
					OAuth2ErrorCodes.ACCESS_DENIED, OAuth2ErrorCodes.INVALID_REQUEST ->
				Reason.INTERRUPTED;
			default -> Reason.REJECTED;
		};
	}

	/**
	 * The provider's id from the last segment of the path (both
	 * {@code /oauth2/authorization/{id}} and {@code /login/oauth2/code/{id}}), when it
	 * names one.
	 */
	private String providerOf(HttpServletRequest request) {
		String path = request.getRequestURI();
		String id = path.substring(path.lastIndexOf('/') + 1);
		return providers.name(id).isPresent() ? id : null;
	}

}
