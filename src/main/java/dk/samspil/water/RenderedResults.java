package dk.samspil.water;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The results part of a finished run's page, rendered once per scenario, groundwater body
 * and language and then served as it is: a finished run never changes, and rendering its
 * tables and chart data is most of what its page costs. Each instance keeps the most
 * recently asked {@link #KEPT}; nothing in the part depends on who asks (who may see the
 * run is checked before).
 * <p>
 * The part is kept as UTF-8 bytes and written between the rest of the page's, rendered as
 * usual with a mark where the part goes. Passed through the template as text, a part of
 * 150 kB was copied several times and encoded again for every page, which cost more than
 * rendering the rest of the page.
 */
@Component
class RenderedResults {

	static final int KEPT = 48;

	private record Key(long run, Integer scenario, String body, Locale locale) {
	}

	/** Where the part goes in the rendered page: a comment no template writes. */
	private static final String MARK = "<!--samspil:results-->";

	private final Map<Key, byte[]> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
			return size() > KEPT;
		}
	};

	private final ResultPage results;

	private final ISpringTemplateEngine templates;

	private final ApplicationContext context;

	private final ServletContext servletContext;

	private final ViewResolver views;

	RenderedResults(ResultPage results, ISpringTemplateEngine templates, ApplicationContext context,
			ServletContext servletContext, ThymeleafViewResolver views) {
		this.views = views;
		this.results = results;
		this.templates = templates;
		this.context = context;
		this.servletContext = servletContext;
	}

	/**
	 * The page {@code template} of {@code run}: for a finished run with its stored
	 * results part written in, for a run still going with the figures the template
	 * renders.
	 */
	ModelAndView page(String template, Run run, Integer scenario, String body, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (!run.finished()) {
			results.fill(run, scenario, body, model, locale);
			return new ModelAndView(template);
		}
		Key key = new Key(run.id(), scenario, body, locale);
		byte[] part;
		synchronized (kept) {
			part = kept.get(key);
		}
		if (part == null) {
			part = render(run, scenario, body, locale, request, response).getBytes(StandardCharsets.UTF_8);
			synchronized (kept) {
				kept.put(key, part);
			}
		}
		model.addAttribute("resultsHtml", MARK);
		try {
			return new ModelAndView(new Spliced(views.resolveViewName(template, locale), part));
		}
		catch (Exception notResolved) {
			throw new IllegalStateException(template, notResolved);
		}
	}

	/** A page rendered by {@code view}, with {@code part} written where the mark is. */
	private record Spliced(View view, byte[] part) implements View {

		@Override
		public String getContentType() {
			return this.view.getContentType();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			this.view.render(model, request, rendered);
			String page = new String(rendered.getContentAsByteArray(), StandardCharsets.UTF_8);
			int at = page.indexOf(MARK);
			if (at < 0) {
				throw new IllegalStateException("The page has no place for the results");
			}
			byte[] before = page.substring(0, at).getBytes(StandardCharsets.UTF_8);
			byte[] after = page.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8);
			response.setContentLength(before.length + this.part.length + after.length);
			OutputStream out = response.getOutputStream();
			out.write(before);
			out.write(this.part);
			out.write(after);
		}

	}

	private String render(Run run, Integer scenario, String body, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		ExtendedModelMap figures = new ExtendedModelMap();
		figures.addAttribute("run", run);
		results.fill(run, scenario, body, figures, locale);
		WebContext page = new WebContext(
				JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response), locale,
				figures);
		RequestContext spring = new RequestContext(request, response, servletContext, figures);
		page.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, spring);
		page.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(spring, request));
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		return templates.process("water/results", Set.of("results"), page);
	}

}
