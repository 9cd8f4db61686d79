package dk.samspil.region;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-only lookups of the collaboration's municipalities for the other modules. Some
 * thirty pages name municipalities, and the seven change only when the collaboration
 * does: the list is read once per instance and kept, and forgotten when this instance
 * registers one. An empty list (an installation being set up, whose municipalities
 * another instance may be adding) is not kept.
 */
@Component
public class Region {

	private final Municipalities municipalities;

	private final BoundaryFiles boundaryFiles;

	/** The municipalities as last read, or null. */
	private List<Municipality> kept;

	/** Registrations so far: a list read before one is not kept. */
	private long registrations;

	Region(Municipalities municipalities, BoundaryFiles boundaryFiles) {
		this.municipalities = municipalities;
		this.boundaryFiles = boundaryFiles;
	}

	public List<Municipality> municipalities() {
		long seen;
		synchronized (this) {
			if (this.kept != null) {
				return this.kept;
			}
			seen = this.registrations;
		}
		List<Municipality> read = List.copyOf(municipalities.findAll());
		synchronized (this) {
			if (seen == this.registrations && !read.isEmpty()) {
				this.kept = read;
			}
		}
		return read;
	}

	/** Each municipality's name by its code, for pages that name many at once. */
	public Map<MunicipalityCode, String> names() {
		return municipalities().stream().collect(Collectors.toMap(Municipality::code, Municipality::name));
	}

	public Optional<Municipality> find(MunicipalityCode code) {
		return municipalities().stream().filter(m -> m.code().equals(code)).findFirst();
	}

	public boolean isEmpty() {
		return municipalities().isEmpty();
	}

	/**
	 * Adds a municipality, or updates the one with the same code; the kept list is
	 * forgotten when the transaction ends.
	 */
	@Transactional
	public void register(Municipality municipality) {
		municipalities.save(municipality);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				forget();
			}
		});
	}

	private synchronized void forget() {
		this.kept = null;
		this.registrations++;
	}

	/**
	 * Imports a GeoJSON file of municipality boundaries; a file that is refused leaves
	 * the previous ones.
	 */
	public void importBoundaryFile(Path file) {
		boundaryFiles.importFrom(file);
	}

}
