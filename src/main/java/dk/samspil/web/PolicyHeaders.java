package dk.samspil.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two policies on every response, set before anything else runs, so that even an address
 * the security firewall refuses, a file or an error page carries them. Addresses carry
 * secrets (a calendar feed's token, a citizen's receipt), so no other site is told them
 * as referrer; and no page uses a camera, a microphone, the position or another device,
 * so no script on a page may ask for one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PolicyHeaders extends OncePerRequestFilter {

	static final String REFERRER_POLICY = "same-origin";

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Referrer-Policy", REFERRER_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		chain.doFilter(request, response);
	}

}
