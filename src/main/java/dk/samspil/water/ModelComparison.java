package dk.samspil.water;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two versions of a model, element by element: added, removed, and
 * for a changed element each figure before and after. Both versions are in the engine's
 * writing, so equal figures are equal text.
 */
record ModelComparison(List<Change> changes) {

	static final List<String> KINDS = List.of("groundwater", "surface", "treatmentPlants", "otherSources", "waterworks",
			"demands", "ptxPlants", "pipes", "scenarios");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	enum Kind {

		ADDED, REMOVED, CHANGED

	}

	/**
	 * One changed element; {@code fields} holds name, before and after for each changed
	 * figure.
	 */
	record Change(String elementKind, String element, Kind change, List<Field> fields) {
	}

	record Field(String name, String before, String after) {
	}

	static ModelComparison of(String before, String after) {
		JsonNode from = JSON.readTree(before);
		JsonNode to = JSON.readTree(after);
		List<Change> changes = new ArrayList<>();
		List<Field> model = fields(from, to, List.of("name", "horizon", "illustrative"));
		if (!model.isEmpty()) {
			changes.add(new Change("model", "", Kind.CHANGED, model));
		}
		for (String kind : KINDS) {
			Map<String, JsonNode> old = byId(from.path(kind));
			Map<String, JsonNode> now = byId(to.path(kind));
			old.forEach((id, node) -> {
				if (!now.containsKey(id)) {
					changes.add(new Change(kind, id, Kind.REMOVED, List.of()));
				}
			});
			now.forEach((id, node) -> {
				JsonNode was = old.get(id);
				if (was == null) {
					changes.add(new Change(kind, id, Kind.ADDED, List.of()));
				}
				else {
					List<String> names = new ArrayList<>();
					was.propertyNames().forEach(names::add);
					node.propertyNames().forEach(n -> {
						if (!names.contains(n)) {
							names.add(n);
						}
					});
					List<Field> fields = fields(was, node, names);
					if (!fields.isEmpty()) {
						changes.add(new Change(kind, id, Kind.CHANGED, fields));
					}
				}
			});
		}
		return new ModelComparison(changes);
	}

	private static List<Field> fields(JsonNode before, JsonNode after, List<String> names) {
		List<Field> fields = new ArrayList<>();
		for (String name : names) {
			if (!Objects.equals(before.get(name), after.get(name))) {
				fields.add(new Field(name, text(before.get(name)), text(after.get(name))));
			}
		}
		return fields;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "";
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	private static Map<String, JsonNode> byId(JsonNode array) {
		Map<String, JsonNode> elements = new LinkedHashMap<>();
		array.values()
			.forEach(node -> elements.put(node.has("id") ? node.path("id").asString() : node.path("name").asString(),
					node));
		return elements;
	}
}
