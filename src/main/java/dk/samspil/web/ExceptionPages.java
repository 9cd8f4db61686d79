package dk.samspil.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * A page an exception handler answers with (a module's own page for a state it cannot
 * show, say) gets the shared layout's attributes, as every controller's page does through
 * {@link LayoutModel}: Spring MVC calls no model attribute method for an exception
 * handler, and without them the page would show a signed-in person the navigation of
 * someone signed out. A redirect gets none, or they would become its query.
 */
class ExceptionPages extends ExceptionHandlerExceptionResolver {

	@Override
	protected ModelAndView doResolveHandlerMethodException(HttpServletRequest request, HttpServletResponse response,
			HandlerMethod handlerMethod, Exception exception) {
		ModelAndView answer = super.doResolveHandlerMethodException(request, response, handlerMethod, exception);
		if (answer != null && answer.getViewName() != null && !answer.getViewName().startsWith("redirect:")
				&& !answer.getViewName().startsWith("forward:")) {
			LayoutModel.addTo(answer.getModelMap(), request);
		}
		return answer;
	}

}
