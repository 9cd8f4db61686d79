package dk.samspil.web;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The parts of Spring MVC that Samspil replaces, in one place: Spring Boot uses
 * {@link WebMvcRegistrations} only when there is exactly one.
 */
@Component
class MvcParts implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return FormBinding.adapter();
	}

	@Override
	public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
		return new RouteIndex();
	}

	@Override
	public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
		return new ExceptionPages();
	}

}
