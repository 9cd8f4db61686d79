package dk.samspil.files;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.samspil.files.FileType.DOC;
import static dk.samspil.files.FileType.DOCX;
import static dk.samspil.files.FileType.GIF;
import static dk.samspil.files.FileType.JPEG;
import static dk.samspil.files.FileType.ODP;
import static dk.samspil.files.FileType.ODS;
import static dk.samspil.files.FileType.ODT;
import static dk.samspil.files.FileType.PDF;
import static dk.samspil.files.FileType.PNG;
import static dk.samspil.files.FileType.PPT;
import static dk.samspil.files.FileType.PPTX;
import static dk.samspil.files.FileType.WEBP;
import static dk.samspil.files.FileType.XLS;
import static dk.samspil.files.FileType.XLSX;

/**
 * Which kinds of file each use accepts, all in this one place. A file is judged by its
 * content; its name must agree (a PNG named {@code .pdf} is refused, as is a name without
 * an extension), so that what is downloaded later opens as what it is.
 */
public enum AcceptedFiles {

	/**
	 * Citizens' attachments to a consultation response: documents and pictures that no
	 * office program must open.
	 */
	CONSULTATION_RESPONSE(PDF, PNG, JPEG, GIF, WEBP),

	/**
	 * Attachments of a library document: what colleagues share, office documents
	 * included.
	 */
	LIBRARY_DOCUMENT(PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT),

	/**
	 * Attachments of a proposed agenda item: the same as the library's, as they often
	 * move there afterwards.
	 */
	AGENDA_ITEM(PDF, PNG, JPEG, GIF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ODP, DOC, XLS, PPT);

	private final Set<FileType> types;

	AcceptedFiles(FileType first, FileType... rest) {
		this.types = EnumSet.of(first, rest);
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
	 * kinds and its name agrees; empty otherwise.
	 */
	public Optional<Upload> check(String originalName, byte[] content) {
		String name = FileNames.safe(originalName);
		return FileType.detect(content, name)
			.filter(types::contains)
			.filter(type -> type.named(name))
			.map(type -> new Upload(name, type, content));
	}

}
