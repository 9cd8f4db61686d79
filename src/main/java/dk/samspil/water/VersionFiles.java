package dk.samspil.water;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.samspil.allocation.file.ModelFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The model file of a stored version, read in this one place. Every version was checked
 * when it was saved, but the model format has since got stricter limits, so a version
 * saved before one of them no longer reads: that is {@link UnreadableVersion}, which
 * every page and run that opens the version shows with its reason, not a server error.
 * <p>
 * The files of the versions last opened are kept parsed, up to {@link #KEPT_CHARS}: a
 * large model takes longer to parse than the rest of its page. That is safe on any number
 * of instances, because a version is never changed once saved (nothing updates
 * {@code water_model_version}) and its model file cannot be changed by those who read it
 * (records, unmodifiable lists, an immutable network). Only committed versions are read
 * here: a save reads its file from what it saves, never back through here, so a number
 * that a rolled-back save had used is never kept. A version that does not read is not
 * kept, and is tried again when next opened.
 */
@Component
class VersionFiles {

	/**
	 * How many characters of stored files the versions kept parsed were read from, at
	 * most. A stored file of 7 MB (40,000 waterworks and pipes) takes about 20 MB parsed,
	 * and a file may be up to 20 MB: kept by their number instead, eight of the largest
	 * would hold half a gigabyte of the heap; by their size, about a hundred megabytes at
	 * most, while a collaboration's everyday models, far smaller, are all kept.
	 */
	static final long KEPT_CHARS = 32_000_000;

	private final Models models;

	/** The versions kept, the least recently opened first. */
	private final Map<Version, Parsed> kept = new LinkedHashMap<>(16, 0.75f, true);

	private final long maxChars;

	private long keptChars;

	@Autowired
	VersionFiles(Models models) {
		this(models, KEPT_CHARS);
	}

	VersionFiles(Models models, long maxChars) {
		this.models = models;
		this.maxChars = maxChars;
	}

	/**
	 * The model file of version {@code number} of {@code model}.
	 * @throws org.springframework.web.server.ResponseStatusException not found, when the
	 * model has no such version
	 * @throws UnreadableVersion when the engine no longer reads it
	 */
	ModelFile of(WaterModelId model, int number) {
		Version version = new Version(model, number);
		synchronized (kept) {
			Parsed parsed = kept.get(version);
			if (parsed != null) {
				return parsed.file();
			}
		}
		String content = models.content(model, number).orElseThrow(ModelAccess::notFound);
		ModelFile file = read(version, content);
		keep(version, new Parsed(file, content.length()));
		return file;
	}

	private void keep(Version version, Parsed parsed) {
		if (parsed.chars() > maxChars) {
			return;
		}
		synchronized (kept) {
			Parsed before = kept.put(version, parsed);
			keptChars += parsed.chars() - (before == null ? 0 : before.chars());
			Iterator<Parsed> oldest = kept.values().iterator();
			while (keptChars > maxChars) {
				keptChars -= oldest.next().chars();
				oldest.remove();
			}
		}
	}

	private static ModelFile read(Version version, String content) {
		return ModelCheck.parse(content,
				(reason, cause) -> new UnreadableVersion(version.model(), version.number(), reason, cause));
	}

	private record Version(WaterModelId model, int number) {
	}

	private record Parsed(ModelFile file, long chars) {
	}

}
