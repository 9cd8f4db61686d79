package dk.samspil.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops, from every form field and query parameter of every request, the characters
 * nobody can type or see and that the rest of the product cannot hold: NUL, which
 * PostgreSQL text refuses, and the other control characters (all but tab, line feed and
 * carriage return), half a surrogate pair and the non-characters U+FFFE and U+FFFF, which
 * XML and so the PDFs made from pages refuse. What remains is what the person typed, so a
 * form shown again keeps it. Runs before everything else (sign-in and its throttle
 * included); file contents are not parameters and are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InvisibleCharacters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(new Cleaned(request), response);
		}
		catch (InvalidFileNameException ex) {
			// A file's name with a NUL, which no browser sends: Tomcat will not read the
			// form at all, so it is refused as a whole, as a request no page sends.
			if (!response.isCommitted()) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
	}

	/**
	 * The text without the characters above; the same instance when there are none, as
	 * nearly always.
	 */
	static String clean(String text) {
		if (text == null || !needsCleaning(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (!invisible(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean needsCleaning(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (invisible(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean invisible(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == '\uFFFE'
				|| c == '\uFFFF';
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			// Read lazily: the character encoding is set after this filter, and a
			// multipart body is parsed on demand.
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = clean(values[i]);
					}
					cleaned.merge(clean(name), copy, Cleaned::join);
				});
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		private static String[] join(String[] first, String[] second) {
			String[] both = new String[first.length + second.length];
			System.arraycopy(first, 0, both, 0, first.length);
			System.arraycopy(second, 0, both, first.length, second.length);
			return both;
		}

	}

}
