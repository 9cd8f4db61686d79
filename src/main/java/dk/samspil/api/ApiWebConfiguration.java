package dk.samspil.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every API resource shares: the caller as a handler parameter, ETags, and the
 * OpenAPI document's description of the API as a whole.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	static {
		// the caller comes from the token, never from the request's parameters
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(ApiCaller.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CallerResolver());
	}

	/**
	 * An ETag over each answer, and 304 when the client has it already: the answer is
	 * still made, but not sent again. Each caller may see something else, so caches must
	 * keep answers apart by token and revalidate every time.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new ShallowEtagHeaderFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
				response.setHeader(HttpHeaders.VARY, "Authorization, Accept");
				super.doFilterInternal(request, response, chain);
			}
		});
		registration.addUrlPatterns("/api/v1/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	OpenAPI samspilOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Samspil API")
				.version("v1")
				.description(
						"""
								Read-only access to the collaboration's groups, meetings (published agendas, approved minutes), \
								decisions, public documents, consultations with their public memo, public goals and water runs' \
								summaries. Without a token a caller reads what is public; with a token issued by the \
								secretariat (Authorization: Bearer <token>) what a signed-in member reads, and with a \
								municipality's token also the meetings, decisions and runs of every group in which the \
								municipality has a member. Lists take page (from 0) and size (1 to 100). Errors are RFC 9457 \
								problem details. Answers carry an ETag; send it back as If-None-Match to get 304 when \
								nothing changed.""")
				.license(new License().name("CC BY 4.0").url("https://creativecommons.org/licenses/by/4.0/")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

	/** The caller of the request, anonymous unless a token said otherwise. */
	private static final class CallerResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ApiCaller.class;
		}

		@Override
		public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication != null && authentication.getPrincipal() instanceof ApiCaller caller ? caller
					: ApiCaller.anonymous();
		}

	}

}
