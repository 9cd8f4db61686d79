package dk.samspil.allocation.file;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import dk.samspil.allocation.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a model file against {@code allocation/model.schema.json} and words each
 * violation with the id of the element it concerns, because "/pipes/412/capacityPerMonth"
 * alone sends a modeller counting.
 */
final class SchemaCheck {

	static final String SCHEMA = "/allocation/model.schema.json";

	private static final Pattern ELEMENT = Pattern.compile("^/([A-Za-z]+)/(\\d+)");

	private static final Schema schema = load();

	private SchemaCheck() {
	}

	static void check(JsonNode model, String source) {
		List<Error> errors = schema.validate(model);
		if (errors.isEmpty()) {
			return;
		}
		StringBuilder message = new StringBuilder(source + " does not follow the model format:");
		errors.stream().limit(20).forEach(error -> message.append("\n  ").append(describe(model, error)));
		if (errors.size() > 20) {
			message.append("\n  … and ").append(errors.size() - 20).append(" more");
		}
		throw new ModelException(message.toString());
	}

	private static String describe(JsonNode model, Error error) {
		String location = error.getInstanceLocation().toString();
		Matcher matcher = ELEMENT.matcher(location);
		String text = error.getMessage();
		if (matcher.find()) {
			JsonNode element = model.path(matcher.group(1)).path(Integer.parseInt(matcher.group(2)));
			String id = element.has("id") ? element.path("id").asString() : element.path("name").asString("");
			if (!id.isEmpty()) {
				return singular(matcher.group(1)) + " '" + id + "' (" + location + "): " + text;
			}
		}
		return location + ": " + text;
	}

	private static String singular(String array) {
		return switch (array) {
			case "groundwater" -> "groundwater body";
			case "surface" -> "surface source";
			case "treatmentPlants" -> "treatment plant";
			case "otherSources" -> "source";
			case "waterworks" -> "waterworks";
			case "demands" -> "demand";
			case "ptxPlants" -> "PtX plant";
			case "pipes" -> "pipe";
			case "scenarios" -> "scenario";
			default -> array;
		};
	}

	private static Schema load() {
		try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA)) {
			if (in == null) {
				throw new IllegalStateException("schema " + SCHEMA + " missing from the classpath");
			}
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
