package dk.samspil.accounts;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A sign-in as the throttle counts it: the username as typed and the client's address, an
 * IPv6 one by its /64 ({@link ClientNetwork}). Both come from outside, so they are cut to
 * a length no real username or address reaches and control characters are replaced: they
 * are stored and logged as they are, and PostgreSQL text cannot hold a NUL.
 */
record LoginAttempt(String username, String address) {

	private static final int MAX_LENGTH = 100;

	LoginAttempt {
		username = clean(username);
		address = clean(address);
	}

	/**
	 * The username as the login form's filter reads it (trimmed, empty when missing), and
	 * the network of the address the servlet container reports: the client's own, or
	 * behind a proxy what {@code server.forward-headers-strategy} makes of the forwarded
	 * headers.
	 */
	static LoginAttempt of(HttpServletRequest request) {
		String username = request.getParameter("username");
		return new LoginAttempt(username == null ? "" : username.trim(), ClientNetwork.of(request.getRemoteAddr()));
	}

	private static String clean(String value) {
		if (value == null) {
			return "";
		}
		String cut = value.codePointCount(0, value.length()) > MAX_LENGTH
				? value.substring(0, value.offsetByCodePoints(0, MAX_LENGTH)) : value;
		return cut.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "?");
	}
}
