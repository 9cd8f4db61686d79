package dk.samspil.files;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

import static dk.samspil.files.FileType.CSV;
import static dk.samspil.files.FileType.DOC;
import static dk.samspil.files.FileType.DOCX;
import static dk.samspil.files.FileType.GEOJSON;
import static dk.samspil.files.FileType.GIF;
import static dk.samspil.files.FileType.JPEG;
import static dk.samspil.files.FileType.JSON;
import static dk.samspil.files.FileType.MARKDOWN;
import static dk.samspil.files.FileType.ODP;
import static dk.samspil.files.FileType.ODS;
import static dk.samspil.files.FileType.ODT;
import static dk.samspil.files.FileType.PDF;
import static dk.samspil.files.FileType.PNG;
import static dk.samspil.files.FileType.PPT;
import static dk.samspil.files.FileType.PPTX;
import static dk.samspil.files.FileType.TEXT;
import static dk.samspil.files.FileType.WEBP;
import static dk.samspil.files.FileType.XLS;
import static dk.samspil.files.FileType.XLSX;

/**
 * Which kinds of file each use accepts, and how large one may be, all in this one place.
 * A file is judged by its content; its name must agree (a PNG named {@code .pdf} is
 * refused, as is a name without an extension), so that what is downloaded later opens as
 * what it is.
 */
public enum AcceptedFiles {

	/**
	 * Citizens' attachments to a consultation response: documents and pictures that no
	 * office program must open.
	 */
	CONSULTATION_RESPONSE(5, PDF, PNG, JPEG, GIF, WEBP),

	/**
	 * Attachments of a library document: what colleagues share, office documents
	 * included.
	 */
	LIBRARY_DOCUMENT(10, PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT),

	/**
	 * Attachments of a proposed agenda item: the same as the library's, as they often
	 * move there afterwards.
	 */
	AGENDA_ITEM(10, PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT),

	/**
	 * A water model in the engine's format, larger than any real network and small enough
	 * to check in memory.
	 */
	WATER_MODEL(20, JSON),

	/**
	 * A goal's figures as Danish Excel or anything else saves a CSV file; larger than any
	 * file of figures a municipality would send.
	 */
	GOAL_FIGURES(DataSize.ofBytes(1_000_000), CSV, TEXT),

	/** The municipalities' boundaries, as GeoJSON from the map agency (DAGI). */
	BOUNDARIES(10, GEOJSON, JSON),

	/**
	 * A version of the plan as Markdown; room for the longest text the form takes
	 * (500,000 characters) in any UTF-8.
	 */
	PLAN_TEXT(2, MARKDOWN, TEXT);

	private final DataSize maxSize;

	private final Set<FileType> types;

	AcceptedFiles(long maxMegabytes, FileType first, FileType... rest) {
		this(DataSize.ofMegabytes(maxMegabytes), first, rest);
	}

	AcceptedFiles(DataSize maxSize, FileType first, FileType... rest) {
		this.maxSize = maxSize;
		this.types = EnumSet.of(first, rest);
	}

	/**
	 * The largest file accepted; compare a file's size with it before reading the file
	 * into memory.
	 */
	public DataSize maxSize() {
		return maxSize;
	}

	/** Whether a file of this many bytes is larger than this use accepts. */
	public boolean tooLarge(long bytes) {
		return bytes > maxSize.toBytes();
	}

	/** The kinds accepted, for a page that lists them. */
	public Set<FileType> types() {
		return types;
	}

	/**
	 * The value for a file field's {@code accept} attribute: the extensions of the
	 * accepted kinds.
	 */
	public String accept() {
		return types.stream()
			.flatMap(type -> type.extensions().stream())
			.map(extension -> "." + extension)
			.collect(Collectors.joining(","));
	}

	/**
	 * The file with a safe name and its real type, if its content is one of the accepted
	 * kinds, its name agrees and it is not too large; empty otherwise.
	 */
	public Optional<Upload> check(String originalName, byte[] content) {
		String name = FileNames.safe(originalName);
		if (tooLarge(content.length)) {
			return Optional.empty();
		}
		return FileType.detect(content, name)
			.filter(types::contains)
			.filter(type -> type.named(name))
			.map(type -> new Upload(name, type, content));
	}

}
