package dk.samspil.water;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * How a version that no longer reads reaches the person from any page of this module that
 * opens it (scenarios, siting, starting a run): a page naming the model, the version and
 * the reason, with the version's file to download and the model's page to upload the
 * correction. 409, not a server error: the version conflicts with today's model format,
 * and the person can resolve that, which is what 409 says; 422 would blame the request,
 * which holds nothing wrong.
 */
@ControllerAdvice(basePackageClasses = UnreadableVersions.class)
class UnreadableVersions {

	/**
	 * Looked up when a page needs it: a controller slice test of any module starts every
	 * advice, without this module's repositories.
	 */
	private final ObjectProvider<Models> models;

	UnreadableVersions(ObjectProvider<Models> models) {
		this.models = models;
	}

	@ExceptionHandler(UnreadableVersion.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String unreadable(UnreadableVersion unreadable, Model model) {
		model.addAttribute("info", models.getObject().find(unreadable.model()).orElseThrow(ModelAccess::notFound));
		model.addAttribute("unreadable", unreadable);
		return "water/unreadable";
	}

}
