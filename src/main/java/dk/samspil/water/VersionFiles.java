package dk.samspil.water;

import java.time.DateTimeException;

import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.file.ModelFile;

import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * The model file of a stored version, read in this one place. Every version was checked
 * when it was saved, but the model format has since got stricter limits, so a version
 * saved before one of them no longer reads: that is {@link UnreadableVersion}, which
 * every page and run that opens the version shows with its reason, not a server error.
 * <p>
 * The files of the versions last opened are kept parsed: a large model takes longer to
 * parse than the rest of its page. That is safe on any number of instances, because a
 * version is never changed once saved (nothing updates {@code water_model_version}) and
 * its model file cannot be changed by those who read it (records, unmodifiable lists, an
 * immutable network). Only committed versions are read here: a save reads its file from
 * what it saves, never back through here, so a number that a rolled-back save had used is
 * never kept. A version that does not read is not kept, and is tried again when next
 * opened.
 */
@Component
class VersionFiles {

	/**
	 * How many versions are kept parsed. A stored file of 7 MB (40,000 waterworks and
	 * pipes) takes about 20 MB parsed, and a file may be up to 20 MB, so eight of the
	 * largest would hold about half a gigabyte; eight is more than the models that a
	 * collaboration of seven municipalities has open at once.
	 */
	static final int KEPT = 8;

	private final Models models;

	private final ConcurrentLruCache<Version, ModelFile> kept = new ConcurrentLruCache<>(KEPT, this::read);

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
		return kept.get(new Version(model, number));
	}

	private ModelFile read(Version version) {
		String content = models.content(version.model(), version.number()).orElseThrow(ModelAccess::notFound);
		try {
			// named as an upload is, so the reasons read as they did when it was checked
			return ModelFile.parse(content, "model");
		}
		catch (ModelException | IllegalArgumentException | DateTimeException e) {
			throw new UnreadableVersion(version.model(), version.number(),
					e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
	}

	private record Version(WaterModelId model, int number) {
	}

}
