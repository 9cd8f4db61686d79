package dk.samspil.allocation.water;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.Network;
import dk.samspil.allocation.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A water model in the planners' words. It becomes an allocation {@link Network} (see
 * {@link #network()}) and turns each {@link WaterScenario} into the series the engine
 * runs on. Quantities are m³ and m³ a month.
 */
public final class WaterModel {

	/**
	 * Denmark's municipalities since 2007: a model naming more has codes that are wrong,
	 * and a siting question runs the model once for each municipality it names.
	 */
	public static final int MAX_MUNICIPALITIES = 98;

	final String name;

	final List<GroundwaterBody> groundwater;

	final List<SurfaceSource> surface;

	final List<TreatmentPlant> treatment;

	final List<OtherSource> other;

	final List<Waterworks> waterworks;

	final List<WaterDemand> demands;

	final List<PtxPlant> ptx;

	final List<Pipe> pipes;

	private Network network;

	private WaterModel(Builder builder) {
		this.name = builder.name;
		this.groundwater = List.copyOf(builder.groundwater);
		this.surface = List.copyOf(builder.surface);
		this.treatment = List.copyOf(builder.treatment);
		this.other = List.copyOf(builder.other);
		this.waterworks = List.copyOf(builder.waterworks);
		this.demands = List.copyOf(builder.demands);
		this.ptx = List.copyOf(builder.ptx);
		this.pipes = List.copyOf(builder.pipes);
		this.network = Translation.network(this);
	}

	public static Builder builder(String name) {
		return new Builder(name);
	}

	public String name() {
		return name;
	}

	/** The allocation network this model becomes. */
	public Network network() {
		return network;
	}

	/** The series of {@code scenario} over {@code horizon}, ready for the engine. */
	public Scenario scenario(WaterScenario scenario, Horizon horizon) {
		return ScenarioSeries.of(this, scenario, horizon);
	}

	/** Municipality codes that appear in the model, sorted. */
	public List<String> municipalities() {
		TreeSet<String> codes = new TreeSet<>();
		groundwater.forEach(e -> codes.add(e.municipality()));
		waterworks.forEach(e -> codes.add(e.municipality()));
		treatment.forEach(e -> codes.add(e.municipality()));
		demands.forEach(e -> codes.add(e.municipality()));
		return List.copyOf(codes);
	}

	public List<GroundwaterBody> groundwaterBodies() {
		return groundwater;
	}

	public List<SurfaceSource> surfaceSources() {
		return surface;
	}

	public List<TreatmentPlant> treatmentPlants() {
		return treatment;
	}

	public List<OtherSource> otherSources() {
		return other;
	}

	public List<Waterworks> waterworks() {
		return waterworks;
	}

	public List<WaterDemand> demands() {
		return demands;
	}

	public List<PtxPlant> ptxPlants() {
		return ptx;
	}

	public List<Pipe> pipes() {
		return pipes;
	}

	/** This model with one more PtX plant and the pipes that feed it. */
	public WaterModel with(PtxPlant plant, List<Pipe> feeds) {
		Builder copy = toBuilder();
		copy.add(plant);
		feeds.forEach(copy::add);
		return copy.build();
	}

	private Builder toBuilder() {
		Builder copy = new Builder(name);
		copy.groundwater.addAll(groundwater);
		copy.surface.addAll(surface);
		copy.treatment.addAll(treatment);
		copy.other.addAll(other);
		copy.waterworks.addAll(waterworks);
		copy.demands.addAll(demands);
		copy.ptx.addAll(ptx);
		copy.pipes.addAll(pipes);
		return copy;
	}

	/** Collects the elements of a water model; {@link #build()} checks them together. */
	public static final class Builder {

		private final String name;

		private final List<GroundwaterBody> groundwater = new ArrayList<>();

		private final List<SurfaceSource> surface = new ArrayList<>();

		private final List<TreatmentPlant> treatment = new ArrayList<>();

		private final List<OtherSource> other = new ArrayList<>();

		private final List<Waterworks> waterworks = new ArrayList<>();

		private final List<WaterDemand> demands = new ArrayList<>();

		private final List<PtxPlant> ptx = new ArrayList<>();

		private final List<Pipe> pipes = new ArrayList<>();

		private Builder(String name) {
			this.name = name;
		}

		public Builder add(GroundwaterBody element) {
			groundwater.add(element);
			return this;
		}

		public Builder add(SurfaceSource element) {
			surface.add(element);
			return this;
		}

		public Builder add(TreatmentPlant element) {
			treatment.add(element);
			return this;
		}

		public Builder add(OtherSource element) {
			other.add(element);
			return this;
		}

		public Builder add(Waterworks element) {
			waterworks.add(element);
			return this;
		}

		public Builder add(WaterDemand element) {
			demands.add(element);
			return this;
		}

		public Builder add(PtxPlant element) {
			ptx.add(element);
			return this;
		}

		public Builder add(Pipe element) {
			pipes.add(element);
			return this;
		}

		/** Checks the whole model and returns it; errors name the element at fault. */
		public WaterModel build() {
			if (name == null || name.isBlank()) {
				throw new ModelException("a water model needs a name");
			}
			long municipalities = Stream.of(groundwater.stream().map(GroundwaterBody::municipality),
					surface.stream().map(SurfaceSource::municipality),
					treatment.stream().map(TreatmentPlant::municipality), other.stream().map(OtherSource::municipality),
					waterworks.stream().map(Waterworks::municipality), demands.stream().map(WaterDemand::municipality),
					ptx.stream().map(PtxPlant::municipality))
				.flatMap(codes -> codes)
				.distinct()
				.count();
			if (municipalities > MAX_MUNICIPALITIES) {
				throw new ModelException(
						"the model names " + municipalities + " municipalities; Denmark has " + MAX_MUNICIPALITIES);
			}
			return new WaterModel(this);
		}

	}

}
