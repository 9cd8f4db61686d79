package dk.samspil.water;

import java.util.HashMap;
import java.util.Map;

import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.region.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A version of a model as GeoJSON for the map: a point per element, a line per pipe. An
 * element without a position of its own is drawn near its municipality's centre, spread
 * on a small ring so that neighbours do not hide each other, and marked approximate.
 */
@Component
class ModelMap {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Region region;

	ModelMap(Region region) {
		this.region = region;
	}

	String geoJson(ModelVersion version) {
		JsonNode model = JSON.readTree(version.content());
		ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
		ArrayNode features = collection.putArray("features");
		Map<String, double[]> where = new HashMap<>();
		Map<String, Integer> perMunicipality = new HashMap<>();
		for (ElementKind kind : ElementKind.values()) {
			if (!kind.placed()) {
				continue;
			}
			for (JsonNode element : model.path(kind.array()).values()) {
				String id = element.path("id").asString();
				String municipality = element.path("municipality").asString();
				double[] position = version.positions().get(id);
				boolean approximate = position == null;
				if (approximate) {
					position = near(municipality, perMunicipality.merge(municipality, 1, Integer::sum));
				}
				if (position == null) {
					continue;
				}
				where.put(id, position);
				ObjectNode feature = features.addObject().put("type", "Feature");
				feature.putObject("geometry")
					.put("type", "Point")
					.putArray("coordinates")
					.add(position[1])
					.add(position[0]);
				feature.putObject("properties")
					.put("id", id)
					.put("kind", kind.array())
					.put("municipality", municipality)
					.put("approximate", approximate);
			}
		}
		for (JsonNode pipe : model.path("pipes").values()) {
			double[] from = where.get(pipe.path("from").asString());
			double[] to = where.get(pipe.path("to").asString());
			if (from == null || to == null) {
				continue;
			}
			ObjectNode feature = features.addObject().put("type", "Feature");
			ArrayNode line = feature.putObject("geometry").put("type", "LineString").putArray("coordinates");
			line.addArray().add(from[1]).add(from[0]);
			line.addArray().add(to[1]).add(to[0]);
			feature.putObject("properties")
				.put("id", pipe.path("id").asString())
				.put("kind", "pipes")
				.put("from", pipe.path("from").asString())
				.put("to", pipe.path("to").asString());
		}
		return JSON.writeValueAsString(collection);
	}

	private double[] near(String municipality, int n) {
		Municipality found;
		try {
			found = region.find(new MunicipalityCode(municipality)).orElse(null);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		if (found == null) {
			return null;
		}
		double angle = n * 2.399963;
		double radius = 0.012 * Math.sqrt(n);
		return new double[] { found.latitude() + radius * Math.sin(angle),
				found.longitude() + radius * 1.7 * Math.cos(angle) };
	}

}
