package dk.samspil.allocation.file;

import dk.samspil.allocation.Horizon;
import dk.samspil.allocation.water.GroundwaterBody;
import dk.samspil.allocation.water.Pipe;
import dk.samspil.allocation.water.PtxPlant;
import dk.samspil.allocation.water.PtxStage;
import dk.samspil.allocation.water.Quality;
import dk.samspil.allocation.water.Tiers;
import dk.samspil.allocation.water.TreatmentPlant;
import dk.samspil.allocation.water.WaterDemand;
import dk.samspil.allocation.water.WaterModel;
import dk.samspil.allocation.water.WaterScenario;
import dk.samspil.allocation.water.Waterworks;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic national model of the size of Denmark's water supply: 98 municipalities,
 * 2,600 waterworks and 400 groundwater bodies, about 4,700 elements and 8,000 pipes. The
 * figures are random but of the right order, so the engine's speed can be measured on a
 * model as large as a real one. The same seed gives the same model.
 */
public final class NationalModel {

	static final int MUNICIPALITIES = 98;
	static final int WATERWORKS = 2600;
	static final int GROUNDWATER = 400;

	private static final double[] PROFILE = { .15, .13, .11, .06, .02, .01, .01, .01, .03, .10, .17, .20 };

	private final Random random;

	private final WaterModel.Builder model = WaterModel.builder("Synthetic national model (illustrative)");

	private final List<String> ptx = new ArrayList<>();

	private int pipes;

	private NationalModel(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * Generates the model with a baseline and a dry scenario with PtX over
	 * {@code horizon}.
	 */
	public static ModelFile generate(long seed, Horizon horizon) {
		NationalModel national = new NationalModel(seed);
		List<String> firstWorks = new ArrayList<>();
		for (int i = 0; i < MUNICIPALITIES; i++) {
			firstWorks.add(national.municipality(i));
		}
		for (int i = 0; i < MUNICIPALITIES; i++) {
			national.pipe(firstWorks.get(i), firstWorks.get((i + 1) % MUNICIPALITIES), 40_000, 1.5);
			national.pipe(firstWorks.get((i + 1) % MUNICIPALITIES), firstWorks.get(i), 40_000, 1.5);
		}
		List<PtxStage> stages = new ArrayList<>();
		for (String plant : national.ptx) {
			stages.add(new PtxStage(plant, horizon.start().plusYears(national.random.nextInt(6)),
					100 + national.random.nextInt(900)));
		}
		List<WaterScenario> scenarios = List.of(WaterScenario.baseline("baseline", List.of()),
				new WaterScenario("ptx-dry", 0.003, 0.01, -0.005, 0.7, stages));
		return new ModelFile(national.model.build(), horizon, scenarios, true);
	}

	private String municipality(int index) {
		String code = String.format("%04d", 101 + index * 8);
		double population = 15_000 + random.nextInt(60_000);
		double area = 200 + random.nextInt(500);
		int bodies = GROUNDWATER / MUNICIPALITIES + (index < GROUNDWATER % MUNICIPALITIES ? 1 : 0);
		int works = WATERWORKS / MUNICIPALITIES + (index < WATERWORKS % MUNICIPALITIES ? 1 : 0);
		List<String> gw = new ArrayList<>();
		for (int b = 0; b < bodies; b++) {
			String id = "gw-" + code + "-" + b;
			double annual = area * 1e6 * 0.15 / bodies;
			double[] recharge = new double[12];
			for (int m = 0; m < 12; m++) {
				recharge[m] = Math.round(annual * PROFILE[m]);
			}
			model.add(new GroundwaterBody(id, code, annual * 10, annual * 8, recharge,
					GroundwaterBody.DEFAULT_CAP_SHARE, Math.round(annual * 0.4 / 12), false));
			gw.add(id);
		}
		int areas = (works + 1) / 2;
		double monthly = population * 63 / 12;
		List<String> households = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			String id = "households-" + code + "-" + a;
			model.add(new WaterDemand(id, code, WaterDemand.Kind.DRINKING, population * 36.5 / areas, Quality.POTABLE,
					Tiers.DRINKING, 0));
			households.add(id);
		}
		String business = "business-" + code;
		String industry = "industry-" + code;
		model.add(new WaterDemand(business, code, WaterDemand.Kind.INDUSTRY, population * 26.5, Quality.POTABLE,
				Tiers.INDUSTRY, 0));
		model.add(new WaterDemand(industry, code, WaterDemand.Kind.INDUSTRY, 50_000 + random.nextInt(500_000),
				Quality.TECHNICAL, Tiers.INDUSTRY, 0));
		List<String> worksIds = new ArrayList<>();
		for (int w = 0; w < works; w++) {
			String id = "ww-" + code + "-" + w;
			model.add(new Waterworks(id, code, Math.round(1.5 * monthly / works)));
			worksIds.add(id);
			pipe(gw.get(w % gw.size()), id, 1.5 * monthly / works, 0.5);
			pipe(id, households.get(w / 2), monthly, 1);
			if (random.nextInt(10) < 6) {
				pipe(id, households.get((w / 2 + 1) % areas), monthly, 1.2);
			}
			if (w < 4) {
				pipe(id, business, monthly, 1);
			}
		}
		String plant = "wwtp-" + code;
		List<String> served = new ArrayList<>(households);
		served.add(business);
		model.add(new TreatmentPlant(plant, code, 0.9, 10_000 + random.nextInt(40_000), served));
		pipe(plant, industry, 1e6, 2);
		pipe(gw.get(0), industry, 60_000, 0.6);
		if (index % 5 == 0) {
			String id = "ptx-" + code;
			model.add(new PtxPlant(id, code, PtxPlant.DEFAULT_HOURS_PER_MONTH, PtxPlant.DEFAULT_PROCESS_M3_PER_MWH,
					PtxPlant.DEFAULT_COOLING_M3_PER_MWH, Quality.TECHNICAL, Tiers.PTX, 0));
			pipe(plant, id, 1e6, 2);
			pipe(worksIds.get(0), id, 100_000, 1.2);
			pipe(worksIds.get(1), id, 100_000, 1.2);
			ptx.add(id);
		}
		return worksIds.get(0);
	}

	private void pipe(String from, String to, double capacity, double cost) {
		model.add(new Pipe("p" + pipes++, from, to, Math.round(capacity), cost, 0));
	}

	/**
	 * Start of a horizon of {@code years} years from 2025, for callers that need only a
	 * size.
	 */
	static Horizon years(int years) {
		return new Horizon(YearMonth.of(2025, 1), years * 12);
	}

}
