package dk.samspil.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error under {@code /api/} as an RFC 9457 problem detail
 * ({@code application/problem+json}), whatever the client asked to accept, and never with
 * a stack trace: a refused token, a page that is no page, an address or a representation
 * the API does not have. Runs before Spring's own resolvers, and only for the API, so the
 * pages keep their error pages.
 */
@Component
class ApiProblems implements HandlerExceptionResolver, Ordered {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		// after Boot's DefaultErrorAttributes, which only records the error
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isApi(request) || response.isCommitted()) {
			return null;
		}
		try {
			if (ex instanceof ErrorResponse error) {
				error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
				write(request, response, error.getStatusCode(), error.getBody().getDetail());
			}
			else if (ex instanceof TypeMismatchException mismatch) {
				write(request, response, HttpStatus.BAD_REQUEST, "'" + mismatch.getPropertyName()
						+ "' must be a whole number of a sensible size, not '" + printable(mismatch.getValue()) + "'.");
			}
			else {
				log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), ex);
				write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
			}
			return new ModelAndView();
		}
		catch (IOException written) {
			return null;
		}
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detail)
			throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.put("title", known == null ? "Error" : known.getReasonPhrase());
		problem.put("status", status.value());
		if (detail != null) {
			problem.put("detail", detail);
		}
		problem.put("instance", request.getRequestURI());
		if (status.value() == HttpStatus.UNAUTHORIZED.value()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		response.setStatus(status.value());
		response.setContentType(PROBLEM.toString());
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
		response.getWriter().flush();
	}

	/** A value as sent, shortened and without control characters. */
	private static String printable(Object value) {
		String text = String.valueOf(value).replaceAll("\\p{Cntrl}|[\\ud800-\\udfff]", "?");
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
