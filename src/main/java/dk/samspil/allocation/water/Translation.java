package dk.samspil.allocation.water;

import dk.samspil.allocation.ModelException;
import dk.samspil.allocation.Network;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns water elements into core nodes and links. A groundwater body becomes a store
 * whose wells pass an annually capped link and whose stream contribution is a demand; a
 * waterworks is a treatment link between an intake and a potable outlet; a treatment
 * plant receives effluent as a return flow and passes technical water through a capacity
 * link. Pipes leave an element's outlet and enter its intake.
 */
final class Translation {

	/** Capacity of links that only exist to shape the network and limit nothing. */
	static final double UNLIMITED = 1e12;

	private final Network.Builder builder = Network.builder();

	private final Map<String, String> outlet = new HashMap<>();

	private final Map<String, String> intake = new HashMap<>();

	private final Map<String, Quality> offers = new HashMap<>();

	private final Map<String, Quality> accepts = new HashMap<>();

	private Translation() {
	}

	static Network network(WaterModel model) {
		Translation translation = new Translation();
		translation.sources(model);
		translation.uses(model);
		model.pipes.forEach(translation::pipe);
		model.treatment.forEach(translation::returns);
		return translation.builder.build();
	}

	private void sources(WaterModel model) {
		for (GroundwaterBody body : model.groundwater) {
			String id = body.id();
			builder.store(id, body.storage(), body.initial(), "recharge:" + id)
				.junction(Ids.abstraction(id))
				.demand(Ids.stream(id), "stream:" + id, environmentTier(body.drinkingMayBreak()), 0)
				.cappedLink(Ids.wells(id), id, Ids.abstraction(id), UNLIMITED, 0, "cap:" + id,
						body.drinkingMayBreak() ? Tiers.DRINKING : null, Tiers.DRINKING)
				.link(id + "/baseflow", id, Ids.stream(id), UNLIMITED, 0, 0);
			register(id, Ids.abstraction(id), id, Quality.TECHNICAL);
		}
		for (SurfaceSource source : model.surface) {
			String id = source.id();
			builder.store(id, 0, 0, "flow:" + id)
				.demand(Ids.minimumFlow(id), "minimum:" + id, environmentTier(source.drinkingMayBreak()), 0)
				.link(id + "/environment", id, Ids.minimumFlow(id), UNLIMITED, 0, 0);
			register(id, id, null, Quality.TECHNICAL);
		}
		for (TreatmentPlant plant : model.treatment) {
			String id = plant.id();
			builder.store(id, 0, 0, null)
				.junction(Ids.technical(id))
				.link(Ids.treatment(id), id, Ids.technical(id), plant.technicalCapacityPerMonth(), 0, 0);
			register(id, Ids.technical(id), null, Quality.TECHNICAL);
		}
		for (OtherSource source : model.other) {
			String id = source.id();
			builder.store(id, 0, 0, "capacity:" + id)
				.junction(Ids.out(id))
				.link(Ids.supply(id), id, Ids.out(id), UNLIMITED, source.costPerM3(), 0);
			register(id, Ids.out(id), null, source.quality());
		}
		for (Waterworks works : model.waterworks) {
			String id = works.id();
			builder.junction(id)
				.junction(Ids.potable(id))
				.link(Ids.treatment(id), id, Ids.potable(id), works.capacityPerMonth(), 0, 0);
			register(id, Ids.potable(id), id, Quality.POTABLE);
		}
	}

	private void uses(WaterModel model) {
		for (WaterDemand demand : model.demands) {
			builder.demand(demand.id(), "demand:" + demand.id(), demand.tier(), demand.rank());
			intake.put(demand.id(), demand.id());
			accepts.put(demand.id(), demand.accepts());
		}
		for (PtxPlant plant : model.ptx) {
			builder.demand(plant.id(), "demand:" + plant.id(), plant.tier(), plant.rank());
			intake.put(plant.id(), plant.id());
			accepts.put(plant.id(), plant.accepts());
		}
	}

	private void pipe(Pipe pipe) {
		String from = outlet.get(pipe.from());
		String to = intake.get(pipe.to());
		if (from == null) {
			throw new ModelException(
					"pipe '" + pipe.id() + "' starts at '" + pipe.from() + "', which is no source or waterworks");
		}
		if (to == null) {
			throw new ModelException("pipe '" + pipe.id() + "' ends at '" + pipe.to() + "', which takes no water");
		}
		Quality wanted = accepts.get(pipe.to());
		if (wanted != null && !wanted.accepts(offers.get(pipe.from()))) {
			throw new ModelException("pipe '" + pipe.id() + "' brings " + offers.get(pipe.from()).name().toLowerCase()
					+ " water from '" + pipe.from() + "' to '" + pipe.to() + "', which accepts only potable water");
		}
		builder.link(pipe.id(), from, to, pipe.capacityPerMonth(), pipe.costPerM3(), pipe.loss());
	}

	private void returns(TreatmentPlant plant) {
		builder.returnFlow(plant.id(), plant.serves(), plant.returnFraction());
	}

	private void register(String id, String out, String in, Quality quality) {
		if (outlet.containsKey(id) || intake.containsKey(id)) {
			throw new ModelException("element id '" + id + "' is used twice");
		}
		outlet.put(id, out);
		offers.put(id, quality);
		if (in != null) {
			intake.put(id, in);
		}
	}

	private static int environmentTier(boolean drinkingMayBreak) {
		return drinkingMayBreak ? Tiers.ENVIRONMENT : Tiers.PROTECTED;
	}

}
