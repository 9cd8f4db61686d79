package dk.samspil.water;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of element a model has, each with its figures as the model file names them
 * and the unit shown beside each. Pipes join elements and have no municipality or
 * position of their own.
 */
enum ElementKind {

	GROUNDWATER("groundwater", true, Field.text("municipality"), Field.amount("storage", "m3"),
			Field.amount("initial", "m3"), Field.months("recharge"), Field.share("capShare"),
			Field.amount("minStreamPerMonth", "m3month"), Field.flag("drinkingMayBreak")),
	SURFACE("surface", true, Field.text("municipality"), Field.months("flow"),
			Field.amount("minFlowPerMonth", "m3month"), Field.flag("drinkingMayBreak")),
	TREATMENT("treatmentPlants", true, Field.text("municipality"), Field.share("returnFraction"),
			Field.amount("technicalCapacityPerMonth", "m3month"), Field.list("serves")),
	OTHER("otherSources", true, Field.text("municipality"), Field.amount("capacityPerMonth", "m3month"),
			Field.amount("costPerM3", "krm3"), Field.choice("quality", "potable", "technical")),
	WATERWORKS("waterworks", true, Field.text("municipality"), Field.amount("capacityPerMonth", "m3month")),
	DEMANDS("demands", true, Field.text("municipality"), Field.choice("kind", "drinking", "industry"),
			Field.amount("perYear", "m3year"), Field.choice("accepts", "potable", "technical"), Field.whole("tier"),
			Field.whole("rank")),
	PTX("ptxPlants", true, Field.text("municipality"), Field.amount("hoursPerMonth", "hours"),
			Field.amount("processM3PerMWh", "m3mwh"), Field.amount("coolingM3PerMWh", "m3mwh"),
			Field.choice("accepts", "potable", "technical"), Field.whole("tier"), Field.whole("rank")),
	PIPES("pipes", false, Field.text("from"), Field.text("to"), Field.amount("capacityPerMonth", "m3month"),
			Field.amount("costPerM3", "krm3"), Field.share("loss"));

	/** How a figure is typed and checked. */
	enum Type {

		TEXT, AMOUNT, SHARE, WHOLE, MONTHS, LIST, FLAG, CHOICE

	}

	/** One figure of an element; {@code unit} is a message key suffix, empty for none. */
	record Field(String name, Type type, String unit, List<String> choices) {

		static Field text(String name) {
			return new Field(name, Type.TEXT, "", List.of());
		}

		static Field amount(String name, String unit) {
			return new Field(name, Type.AMOUNT, unit, List.of());
		}

		static Field share(String name) {
			return new Field(name, Type.SHARE, "share", List.of());
		}

		static Field whole(String name) {
			return new Field(name, Type.WHOLE, "", List.of());
		}

		static Field months(String name) {
			return new Field(name, Type.MONTHS, "m3month", List.of());
		}

		static Field list(String name) {
			return new Field(name, Type.LIST, "", List.of());
		}

		static Field flag(String name) {
			return new Field(name, Type.FLAG, "", List.of());
		}

		static Field choice(String name, String... choices) {
			return new Field(name, Type.CHOICE, "", List.of(choices));
		}
	}

	private final String array;

	private final boolean placed;

	private final List<Field> fields;

	ElementKind(String array, boolean placed, Field... fields) {
		this.array = array;
		this.placed = placed;
		this.fields = List.of(fields);
	}

	/**
	 * The model file's name for the list of these elements, also their address in the
	 * pages.
	 */
	public String array() {
		return array;
	}

	/** Whether these elements have a municipality and may have a position on the map. */
	public boolean placed() {
		return placed;
	}

	/**
	 * Whether a new element of this kind is a use that needs a pipe from a source to
	 * reach it.
	 */
	public boolean fed() {
		return this == DEMANDS || this == PTX;
	}

	public List<Field> fields() {
		return fields;
	}

	static Optional<ElementKind> of(String array) {
		return Arrays.stream(values()).filter(k -> k.array.equals(array)).findFirst();
	}

}
