package dk.samspil.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files are served from the few paths that hold them, and only those. With Boot's
 * default mapping of {@code /**} to the static folders, and the resource chain that
 * webjars-locator-lite switches on, every link a page writes ({@code /groups/…},
 * {@code /meetings/…}) was looked up on the class path as a possible static file before
 * it was written, and a miss is never cached: under load the threads queued on the
 * application jar's lock for most of a page's time.
 * {@code spring.web.resources.add-mappings=false} turns Boot's mapping off; this one
 * takes its place.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/**
	 * The folders under {@code static/} that pages link to; a new folder of static files
	 * is added here.
	 */
	static final String[] FOLDERS = { "css", "js", "images" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Written by the page as /webjars/htmx.org/2.0.10/…, so a file never changes
		// behind its address.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true);
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.noCache())
				.resourceChain(true);
		}
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
	}

}
