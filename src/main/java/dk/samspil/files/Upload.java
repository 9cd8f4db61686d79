package dk.samspil.files;

/**
 * A file someone sent that passed {@link AcceptedFiles#check}: a safe name and the type
 * its content really is.
 */
public record Upload(String filename, FileType type, byte[] content) {

	public String contentType() {
		return type.contentType();
	}
}
