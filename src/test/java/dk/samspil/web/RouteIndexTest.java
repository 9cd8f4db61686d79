package dk.samspil.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.samspil.SamspilTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index of routes chooses what Spring's own lookup chooses, for a request to every
 * path and method the application maps (variables filled in), and for paths it does not
 * map.
 */
@SamspilTest
class RouteIndexTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyMappedRequestReachesTheMethodSpringWouldChoose() throws Exception {
		assertThat(mapping).isInstanceOf(RouteIndex.class);
		RouteIndex routes = (RouteIndex) mapping;
		List<String> requests = new ArrayList<>();
		routes.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{\\*?[^}]*}", "1").replace("**", "1").replace("*", "1");
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.add(method.name() + " " + path);
				}
			}
		});
		requests.addAll(List.of("GET /groups/new", "GET /nowhere/at/all", "DELETE /groups/1", "GET /",
				"GET /gr%6Fups/1", "PATCH /search"));
		assertThat(requests).hasSizeGreaterThan(150);
		int indexed = 0;
		for (String line : requests) {
			String[] parts = line.split(" ", 2);
			String index = outcome(() -> routes.lookupHandlerMethod(parts[1], request(parts[0], parts[1])));
			String spring = outcome(() -> routes.springsChoice(parts[1], request(parts[0], parts[1])));
			assertThat(index).as(line).isEqualTo(spring);
			if (!index.startsWith("refused")) {
				indexed++;
			}
		}
		assertThat(indexed).as("requests that reach a method").isGreaterThan(150);
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private interface Lookup {

		Object run() throws Exception;

	}

	private static String outcome(Lookup lookup) {
		try {
			return String.valueOf(lookup.run());
		}
		catch (Exception ex) {
			return "refused: " + ex.getClass().getName();
		}
	}

}
