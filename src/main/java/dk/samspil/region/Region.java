package dk.samspil.region;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read-only lookups of the collaboration's municipalities for the other modules. */
@Component
public class Region {

	private final Municipalities municipalities;

	private final BoundaryFiles boundaryFiles;

	Region(Municipalities municipalities, BoundaryFiles boundaryFiles) {
		this.municipalities = municipalities;
		this.boundaryFiles = boundaryFiles;
	}

	public List<Municipality> municipalities() {
		return municipalities.findAll();
	}

	/** Each municipality's name by its code, for pages that name many at once. */
	public Map<MunicipalityCode, String> names() {
		return municipalities().stream().collect(Collectors.toMap(Municipality::code, Municipality::name));
	}

	public Optional<Municipality> find(MunicipalityCode code) {
		return municipalities.find(code);
	}

	public boolean isEmpty() {
		return municipalities.count() == 0;
	}

	/** Adds a municipality, or updates the one with the same code. */
	@Transactional
	public void register(Municipality municipality) {
		municipalities.save(municipality);
	}

	/**
	 * Imports a GeoJSON file of municipality boundaries; a file that is refused leaves
	 * the previous ones.
	 */
	public void importBoundaryFile(Path file) {
		boundaryFiles.importFrom(file);
	}

}
