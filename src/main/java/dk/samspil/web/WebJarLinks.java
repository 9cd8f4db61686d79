package dk.samspil.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * A page links to a webjar without its version ({@code @{/webjars/htmx.org/dist/…}}) and
 * the link is written with the version on the class path, which the webjar's year-long
 * caching needs. Only links under {@code /webjars/} are looked up: Spring's
 * ResourceUrlEncodingFilter, which this replaces
 * ({@code spring.web.resources.chain.enabled=false}), matched every link of a page
 * against each static folder's pattern, a twentieth of a page's CPU time.
 */
@Component
class WebJarLinks extends OncePerRequestFilter {

	private static final String WEBJARS = "/webjars/";

	private final ObjectProvider<ResourceUrlProvider> resources;

	WebJarLinks(ObjectProvider<ResourceUrlProvider> resources) {
		this.resources = resources;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String prefix = request.getContextPath() + WEBJARS;
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				return super.encodeURL(
						url.startsWith(prefix) ? versioned(url, prefix.length() - WEBJARS.length()) : url);
			}
		});
	}

	/** Error pages are laid out like the others. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The link with the webjar's version, or as it was for a file no webjar holds. */
	private String versioned(String url, int contextLength) {
		int end = url.length();
		for (char mark : new char[] { '?', '#' }) {
			int at = url.indexOf(mark);
			end = at < 0 ? end : Math.min(end, at);
		}
		String path = resources.getObject().getForLookupPath(url.substring(contextLength, end));
		return path == null ? url : url.substring(0, contextLength) + path + url.substring(end);
	}

}
