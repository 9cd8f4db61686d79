package dk.samspil.library;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/** A file someone attached, judged by its size and its content before anything is stored. */
record Upload(String filename, AttachmentType type, byte[] content) {

	/** Why a file is refused, as a message key with its arguments. */
	record Refusal(String code, Object... arguments) {
	}

	sealed interface Outcome permits Accepted, Refused {
	}

	record Accepted(Upload upload) implements Outcome {
	}

	record Refused(Refusal refusal) implements Outcome {
	}

	static Outcome judge(MultipartFile file, DataSize max) {
		String name = safeName(file.getOriginalFilename());
		if (file.getSize() > max.toBytes()) {
			return new Refused(new Refusal("library.file.tooLarge", name, max.toMegabytes()));
		}
		if (file.isEmpty()) {
			return new Refused(new Refusal("library.file.empty", name));
		}
		byte[] content = bytes(file);
		return AttachmentType.of(name, content)
			.<Outcome>map(type -> new Accepted(new Upload(name, type, content)))
			.orElseGet(() -> new Refused(new Refusal("library.file.type", name)));
	}

	/** The last part of the name a browser sent, without control characters, at most 200 characters. */
	static String safeName(String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\x00-\\x1F\\x7F\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return name.isEmpty() ? "file" : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
