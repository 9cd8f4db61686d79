package dk.samspil.water;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.file.ModelFile;

import dk.samspil.files.AcceptedFiles;

import org.springframework.stereotype.Component;

/**
 * Checks a model file as the engine will read it: size first, then JSON, the schema and
 * the model's rules. The engine names the element at fault in each message; here every
 * message becomes one row beside that element.
 */
@Component
class ModelCheck {

	private static final Pattern SCHEMA_LINE = Pattern.compile("^\\s*(.*?'([^']+)'.*?\\(([^)]*)\\)):\\s*(.*)$");

	private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

	/** An edited model may grow no larger than an uploaded one. */
	private final long maxBytes = AcceptedFiles.WATER_MODEL.maxSize().toBytes();

	/**
	 * The model read from {@code json}, or a refusal listing everything wrong with it.
	 */
	ModelFile check(String json) {
		if (json == null || json.isBlank()) {
			throw new ModelRefused(List.of(new ModelError("", "empty")));
		}
		if (json.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
			throw new ModelRefused(List.of(new ModelError("", "too large: at most " + maxBytes / 1_000_000 + " MB")));
		}
		return parse(json, (reason, cause) -> new ModelRefused(errors(reason)));
	}

	/**
	 * The model read from {@code json}, the one way a model file is read, at upload and
	 * again whenever a stored version is opened, so that the reasons it does not read
	 * name the same places both times; what stops it is thrown as {@code refusal} makes
	 * it of the reason and its cause.
	 */
	static ModelFile parse(String json, BiFunction<String, RuntimeException, RuntimeException> refusal) {
		try {
			return ModelFile.parse(json, "model");
		}
		catch (ModelException | IllegalArgumentException | DateTimeException e) {
			throw refusal.apply(e.getMessage() == null ? e.toString() : e.getMessage(), e);
		}
	}

	static List<ModelError> errors(String message) {
		String[] lines = message.split("\n");
		List<ModelError> errors = new ArrayList<>();
		if (lines.length > 1) {
			for (int i = 1; i < lines.length; i++) {
				errors.add(line(lines[i].strip()));
			}
		}
		else {
			Matcher quoted = QUOTED.matcher(message);
			errors.add(new ModelError(quoted.find() ? quoted.group(1) : "", message));
		}
		return errors;
	}

	private static ModelError line(String line) {
		Matcher schema = SCHEMA_LINE.matcher(line);
		if (schema.matches()) {
			return new ModelError(schema.group(2), schema.group(3) + ": " + schema.group(4));
		}
		return new ModelError("", line);
	}

}
