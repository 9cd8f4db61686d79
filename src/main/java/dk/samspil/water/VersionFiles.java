package dk.samspil.water;

import java.time.DateTimeException;

import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.file.ModelFile;

import org.springframework.stereotype.Component;

/**
 * The model file of a stored version, read in this one place. Every version was checked
 * when it was saved, but the model format has since got stricter limits, so a version
 * saved before one of them no longer reads: that is {@link UnreadableVersion}, which
 * every page and run that opens the version shows with its reason, not a server error.
 */
@Component
class VersionFiles {

	private final Models models;

	VersionFiles(Models models) {
		this.models = models;
	}

	/**
	 * The model file of version {@code number} of {@code model}.
	 * @throws org.springframework.web.server.ResponseStatusException not found, when the
	 * model has no such version
	 * @throws UnreadableVersion when the engine no longer reads it
	 */
	ModelFile of(WaterModelId model, int number) {
		String content = models.content(model, number).orElseThrow(ModelAccess::notFound);
		try {
			// named as an upload is, so the reasons read as they did when it was checked
			return ModelFile.parse(content, "model");
		}
		catch (ModelException | IllegalArgumentException | DateTimeException e) {
			throw new UnreadableVersion(model, number, e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
	}

}
