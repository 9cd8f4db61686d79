package dk.samspil.web;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method among those whose path begins with the same first
 * segment ("/groups/…"), not among all of them. Spring tests every mapping of the
 * application against a path with a variable in it, such as a group page's: 6 to 7 % of a
 * group page's CPU time under load. When exactly one of the candidates matches, it is the
 * one Spring would choose; anything else (no match, several, a CORS preflight, an encoded
 * first segment) is left to Spring's own lookup, so errors and choices stay Spring's.
 */
final class RouteIndex extends RequestMappingHandlerMapping {

	/**
	 * The mappings by the first segment of their paths; those whose first segment is a
	 * pattern under "". Null until the mappings are known, and after one is added or
	 * removed while running.
	 */
	private volatile Map<String, List<Candidate>> byFirstSegment;

	private record Candidate(RequestMappingInfo mapping, HandlerMethod method) {
	}

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		Map<String, Set<Candidate>> index = new HashMap<>();
		Set<Candidate> anywhere = new LinkedHashSet<>();
		handlerMethods.forEach((mapping, method) -> {
			Candidate candidate = new Candidate(mapping, method);
			Set<String> patterns = mapping.getPatternValues();
			if (patterns.isEmpty()) {
				anywhere.add(candidate);
			}
			for (String pattern : patterns) {
				String first = firstSegment(pattern);
				if (first.isEmpty() || first.contains("{") || first.contains("*") || first.contains("?")) {
					anywhere.add(candidate);
				}
				else {
					index.computeIfAbsent(first, key -> new LinkedHashSet<>()).add(candidate);
				}
			}
		});
		Map<String, List<Candidate>> lists = new HashMap<>();
		index.forEach((first, candidates) -> {
			candidates.addAll(anywhere);
			lists.put(first, List.copyOf(candidates));
		});
		lists.put("", List.copyOf(anywhere));
		this.byFirstSegment = Map.copyOf(lists);
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		this.byFirstSegment = null;
		super.registerMapping(mapping, handler, method);
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		this.byFirstSegment = null;
		super.unregisterMapping(mapping);
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Map<String, List<Candidate>> index = this.byFirstSegment;
		String first = firstSegment(lookupPath);
		if (index == null || CorsUtils.isPreFlightRequest(request) || first.contains("%") || first.contains(";")) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		List<Candidate> candidates = index.getOrDefault(first, index.get(""));
		Candidate found = null;
		RequestMappingInfo matched = null;
		for (Candidate candidate : candidates) {
			RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
			if (match != null) {
				if (found != null) {
					return super.lookupHandlerMethod(lookupPath, request);
				}
				found = candidate;
				matched = match;
			}
		}
		if (found == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, found.method());
		handleMatch(matched, lookupPath, request);
		return found.method();
	}

	/** What Spring's own lookup chooses, to compare with. */
	HandlerMethod springsChoice(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	/** "groups" for "/groups/{slug}/meetings", "" for "/". */
	static String firstSegment(String path) {
		int start = path.startsWith("/") ? 1 : 0;
		int end = path.indexOf('/', start);
		return path.substring(start, end < 0 ? path.length() : end);
	}

}
