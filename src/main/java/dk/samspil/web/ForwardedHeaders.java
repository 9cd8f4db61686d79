package dk.samspil.web;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * The forwarding headers ({@code Forwarded}, {@code X-Forwarded-*}) are read once, by the
 * server, and only from the proxies it trusts (see "Several instances" in the README):
 * the application sees the address, scheme and host they gave, never the headers
 * themselves. A library that read them again (the API's documentation builds its own
 * address from them) failed on a malformed one and would have named a host any client
 * chose.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeaders {

	@Bean
	static FilterRegistrationBean<ForwardedHeaderFilter> forwardedHeadersHidden() {
		ForwardedHeaderFilter filter = new ForwardedHeaderFilter();
		filter.setRemoveOnly(true);
		FilterRegistrationBean<ForwardedHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
