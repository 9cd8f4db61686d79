package dk.samspil.allocation.file;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole model read from its JSON file (format: docs/allocation/model-format.md, schema:
 * {@code allocation/model.schema.json}). Reading checks the schema first and then the
 * model's own rules; both name the element at fault.
 *
 * @param illustrative true when the file says its figures are for demonstration only
 */
public record ModelFile(WaterModel model, Horizon horizon, List<WaterScenario> scenarios, boolean illustrative) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	public ModelFile {
		scenarios = List.copyOf(scenarios);
	}

	/** Reads and checks a model file. */
	public static ModelFile read(Path path) {
		try {
			return parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read model file " + path, e);
		}
	}

	/** Reads a model file shipped on the classpath, such as the Triangle Region demo. */
	public static ModelFile resource(String name) {
		try (InputStream in = ModelFile.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new ModelException("no model file " + name + " on the classpath");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Parses and checks a model given as JSON text; {@code source} names it in errors.
	 */
	public static ModelFile parse(String json, String source) {
		JsonNode tree;
		try {
			tree = JSON.readTree(json);
		}
		catch (JacksonException e) {
			throw new ModelException(source + " is not valid JSON: " + e.getOriginalMessage());
		}
		SchemaCheck.check(tree, source);
		return ModelReader.read(tree);
	}

	/** The scenario called {@code name}. */
	public WaterScenario scenario(String name) {
		return scenarios.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new ModelException("no scenario '" + name + "'; the model has "
					+ scenarios.stream().map(WaterScenario::name).toList()));
	}

	/** This model as JSON text in the file format, volumes in m³. */
	public String toJson() {
		return ModelWriter.write(this);
	}
}
