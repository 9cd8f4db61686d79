package dk.samspil.water;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One element added, changed or removed in a model file, from the figures a person typed.
 * Each figure is checked here first, so that a mistake is named beside its field in the
 * person's language; what only the whole model can tell (a pipe to nowhere) is left to
 * the engine's check when the version is saved.
 */
final class ElementEdit {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The capacity of the pipe made with a new demand or PtX plant: the engine refuses a
	 * use no source reaches, so a new one comes with a pipe from the source the person
	 * names, wide enough not to limit it until they say more.
	 */
	static final double FEED_CAPACITY = 1e9;

	/** The edited model, or the fields that were wrong (field name to message key). */
	record Outcome(String content, Map<String, double[]> positions, Map<String, String> errors) {

		boolean refused() {
			return !errors.isEmpty();
		}
	}

	private ElementEdit() {
	}

	static Outcome apply(String content, Map<String, double[]> positions, ElementKind kind, String original,
			Map<String, String> typed, boolean remove) {
		ObjectNode root = (ObjectNode) JSON.readTree(content);
		ArrayNode elements = root.withArray(kind.array());
		int index = indexOf(elements, original);
		Map<String, double[]> placed = new HashMap<>(positions);
		if (remove) {
			if (index >= 0) {
				elements.remove(index);
				placed.remove(original);
			}
			return new Outcome(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), placed, Map.of());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		ObjectNode element = index >= 0 ? ((ObjectNode) elements.get(index)).deepCopy() : JSON.createObjectNode();
		String id = value(typed, "id");
		if (id.isEmpty()) {
			errors.put("id", "water.edit.required");
		}
		else if (!id.equals(original) && indexOf(elements, id) >= 0) {
			errors.put("id", "water.edit.taken");
		}
		element.put("id", id);
		for (ElementKind.Field field : kind.fields()) {
			String error = set(element, field, value(typed, field.name()));
			if (error != null) {
				errors.put(field.name(), error);
			}
		}
		double[] position = position(typed, errors);
		if (!errors.isEmpty()) {
			return new Outcome(content, positions, errors);
		}
		if (index >= 0) {
			elements.set(index, element);
		}
		else {
			elements.add(element);
			String feed = value(typed, "feedFrom");
			if (kind.fed() && !feed.isEmpty()) {
				root.withArray("pipes")
					.addObject()
					.put("id", feed + "-to-" + id)
					.put("from", feed)
					.put("to", id)
					.put("capacityPerMonth", FEED_CAPACITY)
					.put("costPerM3", 0.0)
					.put("loss", 0.0);
			}
		}
		if (original != null && !original.isEmpty()) {
			placed.remove(original);
		}
		if (position != null) {
			placed.put(id, position);
		}
		return new Outcome(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), placed, Map.of());
	}

	/**
	 * The figure as a person reads it: whole numbers without decimals, lists with commas.
	 */
	static String shown(JsonNode element, ElementKind.Field field) {
		JsonNode node = element.path(field.name());
		if (node.isMissingNode() || node.isNull()) {
			return "";
		}
		if (node.isArray()) {
			return String.join(", ",
					node.values().stream().map(v -> v.isNumber() ? number(v.asDouble()) : v.asString()).toList());
		}
		return node.isNumber() ? number(node.asDouble()) : node.asString();
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String set(ObjectNode element, ElementKind.Field field, String text) {
		String name = field.name();
		switch (field.type()) {
			case TEXT -> {
				if (text.isEmpty()) {
					return "water.edit.required";
				}
				if (name.equals("municipality") && !text.matches("\\d{4}")) {
					return "water.edit.municipality";
				}
				element.put(name, text);
			}
			case FLAG -> element.put(name, text.equals("true") || text.equals("on"));
			case CHOICE -> {
				if (!field.choices().contains(text)) {
					return "water.edit.required";
				}
				element.put(name, text);
			}
			case LIST -> {
				ArrayNode list = element.putArray(name);
				Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add);
			}
			case MONTHS -> {
				String[] parts = text.split("[;\\s]+|,\\s+");
				if (parts.length != 12) {
					return "water.edit.months";
				}
				ArrayNode months = element.putArray(name);
				for (String part : parts) {
					Double value = parse(part);
					if (value == null || value < 0) {
						return "water.edit.months";
					}
					months.add(value);
				}
			}
			default -> {
				Double value = parse(text);
				if (value == null) {
					return text.isEmpty() ? "water.edit.required" : "water.edit.number";
				}
				if (value < 0) {
					return "water.edit.negative";
				}
				if (field.type() == ElementKind.Type.SHARE && value > 1) {
					return "water.edit.share";
				}
				if (field.type() == ElementKind.Type.WHOLE) {
					if (value != Math.rint(value)) {
						return "water.edit.whole";
					}
					element.put(name, value.intValue());
				}
				else {
					element.put(name, value);
				}
			}
		}
		return null;
	}

	private static double[] position(Map<String, String> typed, Map<String, String> errors) {
		String latitude = value(typed, "latitude");
		String longitude = value(typed, "longitude");
		if (latitude.isEmpty() && longitude.isEmpty()) {
			return null;
		}
		Double lat = parse(latitude);
		Double lon = parse(longitude);
		if (lat == null || lat < -90 || lat > 90) {
			errors.put("latitude", "water.edit.latitude");
		}
		if (lon == null || lon < -180 || lon > 180) {
			errors.put("longitude", "water.edit.longitude");
		}
		return errors.containsKey("latitude") || errors.containsKey("longitude") ? null : new double[] { lat, lon };
	}

	/**
	 * A number typed the Danish way (decimal comma) or the English way (decimal point);
	 * spaces are ignored.
	 */
	static Double parse(String text) {
		String plain = text.replace(" ", "").replace("\u00a0", "");
		if (plain.isEmpty()) {
			return null;
		}
		int comma = plain.lastIndexOf(',');
		int point = plain.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
		}
		else if (comma >= 0) {
			plain = plain.replace(',', '.');
		}
		try {
			double value = Double.parseDouble(plain);
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static int indexOf(ArrayNode elements, String id) {
		if (id == null || id.isEmpty()) {
			return -1;
		}
		List<JsonNode> all = elements.values().stream().toList();
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).path("id").asString().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private static String value(Map<String, String> typed, String name) {
		String value = typed.get(name);
		return value == null ? "" : value.strip();
	}

}
