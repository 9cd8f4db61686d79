package dk.samspil.water;

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
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContext;

/**
 * The results part of a finished run's page, rendered once per scenario, groundwater body
 * and language and then served as it is: a finished run never changes, and rendering its
 * tables and chart data is most of what its page costs. Each instance keeps the most
 * recently asked {@link #KEPT}; nothing in the part depends on who asks (who may see the
 * run is checked before).
 */
@Component
class RenderedResults {

	static final int KEPT = 48;

	private record Key(long run, Integer scenario, String body, Locale locale) {
	}

	private final Map<Key, String> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
			return size() > KEPT;
		}
	};

	private final ResultPage results;

	private final ISpringTemplateEngine templates;

	private final ApplicationContext context;

	private final ServletContext servletContext;

	RenderedResults(ResultPage results, ISpringTemplateEngine templates, ApplicationContext context,
			ServletContext servletContext) {
		this.results = results;
		this.templates = templates;
		this.context = context;
		this.servletContext = servletContext;
	}

	/**
	 * Puts the results part into {@code model}: for a finished run as the rendered HTML
	 * ({@code resultsHtml}), for a run still going as the figures the template renders.
	 */
	void fill(Run run, Integer scenario, String body, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (run.status() != RunStatus.FINISHED) {
			results.fill(run, scenario, body, model, locale);
			return;
		}
		Key key = new Key(run.id(), scenario, body, locale);
		String html;
		synchronized (kept) {
			html = kept.get(key);
		}
		if (html == null) {
			html = render(run, scenario, body, locale, request, response);
			synchronized (kept) {
				kept.put(key, html);
			}
		}
		model.addAttribute("resultsHtml", html);
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
