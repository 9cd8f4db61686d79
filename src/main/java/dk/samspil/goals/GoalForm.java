package dk.samspil.goals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

import dk.samspil.region.Municipality;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.Refusal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's form for a goal. Each municipality's baseline and target are typed in
 * a row of their own (a row left empty keeps the municipality out of the goal); a goal
 * split by catchment lists its catchments instead, one a line:
 * {@code name; baseline; target; code=share, code=share}.
 */
class GoalForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title = "";

	@Size(max = 4000, message = "{validation.tooLong}")
	private String description = "";

	@NotNull(message = "{validation.required}")
	private Theme theme = Theme.CLIMATE;

	@NotBlank(message = "{validation.required}")
	@Size(max = 40, message = "{validation.tooLong}")
	private String unit = "";

	@NotNull(message = "{validation.required}")
	private UnitKind unitKind = UnitKind.AMOUNT;

	@NotNull(message = "{validation.required}")
	private Direction direction = Direction.DECREASE;

	@NotNull(message = "{validation.required}")
	private RollUp rollUp = RollUp.SUM;

	@Size(max = 60, message = "{validation.tooLong}")
	private String weightName = "";

	@NotNull(message = "{validation.required}")
	private PeriodKind periodKind = PeriodKind.YEAR;

	@NotNull(message = "{validation.required}")
	@Min(value = 1990, message = "{goals.validation.year}")
	@Max(value = 2100, message = "{goals.validation.year}")
	private Integer baselineYear;

	@NotNull(message = "{validation.required}")
	@Min(value = 1990, message = "{goals.validation.year}")
	@Max(value = 2100, message = "{goals.validation.year}")
	private Integer targetYear;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{goals.validation.dueDays}")
	@Max(value = 366, message = "{goals.validation.dueDays}")
	private Integer dueDays = 90;

	@Min(value = 1, message = "{goals.validation.decision}")
	private Long decisionId;

	private boolean publicGoal;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String milestones = "";

	@Size(max = 4000, message = "{validation.tooLong}")
	private String catchments = "";

	private Map<String, String> baseline = new LinkedHashMap<>();

	private Map<String, String> target = new LinkedHashMap<>();

	private Map<String, String> weight = new LinkedHashMap<>();

	/**
	 * The goal the form describes, or null with each problem put next to its field. The
	 * goal's own rules (a target year before the baseline, a percentage over 100) are
	 * checked when the goal is made from what is returned here.
	 */
	Goal toGoal(List<Municipality> municipalities, BindingResult result) {
		List<Milestone> parsedMilestones = milestones(result);
		List<MunicipalTarget> targets = rollUp == RollUp.CATCHMENT ? List.of() : targets(municipalities, result);
		List<Catchment> parsedCatchments = rollUp == RollUp.CATCHMENT ? catchments(result) : List.of();
		if (result.hasErrors()) {
			return null;
		}
		return new Goal(null, title, description == null ? "" : description, theme, unit, unitKind, direction, rollUp,
				weightName == null || weightName.isBlank() ? null : weightName.strip(), periodKind, baselineYear,
				targetYear, dueDays, decisionId, publicGoal, false, parsedMilestones, targets, parsedCatchments, 0);
	}

	private List<Milestone> milestones(BindingResult result) {
		List<Milestone> all = new ArrayList<>();
		for (String part : (milestones == null ? "" : milestones).split("[;\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] yearValue = part.split("[:=]", 2);
			try {
				all.add(new Milestone(Integer.parseInt(yearValue[0].strip()), Numbers.parse(yearValue[1])));
			}
			catch (RuntimeException ex) {
				result.rejectValue("milestones", "goals.validation.milestones", new Object[] { part.strip() }, null);
			}
		}
		return all;
	}

	private List<MunicipalTarget> targets(List<Municipality> municipalities, BindingResult result) {
		List<MunicipalTarget> all = new ArrayList<>();
		for (Municipality m : municipalities) {
			String code = m.code().value();
			String b = baseline.getOrDefault(code, "");
			String t = target.getOrDefault(code, "");
			String w = weight.getOrDefault(code, "");
			if (b.isBlank() && t.isBlank() && w.isBlank()) {
				continue;
			}
			Double bv = number("baseline[" + code + "]", b, result);
			Double tv = number("target[" + code + "]", t, result);
			Double wv = w.isBlank() ? null : number("weight[" + code + "]", w, result);
			if (bv != null && tv != null) {
				all.add(new MunicipalTarget(m.code(), bv, tv, wv));
			}
		}
		return all;
	}

	private static Double number(String field, String text, BindingResult result) {
		if (text.isBlank()) {
			result.rejectValue(field, "validation.required");
			return null;
		}
		try {
			return Numbers.parse(text);
		}
		catch (Refusal ex) {
			result.rejectValue(field, "goals.validation.number", new Object[] { text }, null);
			return null;
		}
	}

	private List<Catchment> catchments(BindingResult result) {
		List<Catchment> all = new ArrayList<>();
		for (String line : (catchments == null ? "" : catchments).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			try {
				String[] parts = line.split(";", 4);
				Map<MunicipalityCode, Double> shares = new LinkedHashMap<>();
				for (String share : parts[3].split(",(?=\\s*\\d{1,4}\\s*=)")) {
					String[] codeShare = share.split("=", 2);
					shares.put(MunicipalityCode.parse(codeShare[0]), Numbers.parse(codeShare[1]));
				}
				all.add(new Catchment(parts[0].strip(), Numbers.parse(parts[1]), Numbers.parse(parts[2]), shares));
			}
			catch (RuntimeException ex) {
				result.rejectValue("catchments", "goals.validation.catchment", new Object[] { line.strip() }, null);
			}
		}
		if (all.isEmpty() && !result.hasFieldErrors("catchments")) {
			result.rejectValue("catchments", "goals.rule.noCatchment");
		}
		return all;
	}

	// getters and setters for binding

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Theme getTheme() {
		return theme;
	}

	public void setTheme(Theme theme) {
		this.theme = theme;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public UnitKind getUnitKind() {
		return unitKind;
	}

	public void setUnitKind(UnitKind unitKind) {
		this.unitKind = unitKind;
	}

	public Direction getDirection() {
		return direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public RollUp getRollUp() {
		return rollUp;
	}

	public void setRollUp(RollUp rollUp) {
		this.rollUp = rollUp;
	}

	public String getWeightName() {
		return weightName;
	}

	public void setWeightName(String weightName) {
		this.weightName = weightName;
	}

	public PeriodKind getPeriodKind() {
		return periodKind;
	}

	public void setPeriodKind(PeriodKind periodKind) {
		this.periodKind = periodKind;
	}

	public Integer getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(Integer baselineYear) {
		this.baselineYear = baselineYear;
	}

	public Integer getTargetYear() {
		return targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public Integer getDueDays() {
		return dueDays;
	}

	public void setDueDays(Integer dueDays) {
		this.dueDays = dueDays;
	}

	public Long getDecisionId() {
		return decisionId;
	}

	public void setDecisionId(Long decisionId) {
		this.decisionId = decisionId;
	}

	public boolean isPublicGoal() {
		return publicGoal;
	}

	public void setPublicGoal(boolean publicGoal) {
		this.publicGoal = publicGoal;
	}

	public String getMilestones() {
		return milestones;
	}

	public void setMilestones(String milestones) {
		this.milestones = milestones;
	}

	public String getCatchments() {
		return catchments;
	}

	public void setCatchments(String catchments) {
		this.catchments = catchments;
	}

	public Map<String, String> getBaseline() {
		return baseline;
	}

	public void setBaseline(Map<String, String> baseline) {
		this.baseline = baseline;
	}

	public Map<String, String> getTarget() {
		return target;
	}

	public void setTarget(Map<String, String> target) {
		this.target = target;
	}

	public Map<String, String> getWeight() {
		return weight;
	}

	public void setWeight(Map<String, String> weight) {
		this.weight = weight;
	}

}
