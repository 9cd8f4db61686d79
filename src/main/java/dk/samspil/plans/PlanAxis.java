package dk.samspil.plans;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dk.samspil.consultations.ConsultationInfo;
import dk.samspil.region.Municipality;

/**
 * Where the plan stands in all seven councils on one shared date axis: a lane per
 * municipality with its steps placed by date, the consultation periods across all lanes,
 * and today. Positions are percentages of the axis.
 */
record PlanAxis(LocalDate from, LocalDate to, List<Tick> ticks, List<Lane> lanes, List<Band> consultations,
		double today) {

	record Tick(LocalDate date, double left) {
	}

	record Mark(Step step, double left) {
	}

	/**
	 * One municipality's lane; {@code council} is its council's latest decision, null
	 * before it decided.
	 */
	record Lane(Municipality municipality, Step council, boolean mayRecord, List<Mark> marks) {
	}

	record Band(ConsultationInfo consultation, int version, double left, double width) {
	}

	record Consulted(int version, ConsultationInfo consultation) {
	}

	static PlanAxis of(List<Municipality> municipalities, List<Step> steps, List<Consulted> consulted, LocalDate today,
			Predicate<Municipality> mayRecord) {
		List<LocalDate> dates = Stream
			.concat(Stream.concat(steps.stream().map(Step::meetingDate), Stream.of(today)),
					consulted.stream().flatMap(c -> Stream.of(c.consultation().startsOn(), c.consultation().endsOn())))
			.toList();
		LocalDate from = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
		LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
		LocalDate to = last.plusMonths(1).withDayOfMonth(1);
		double days = ChronoUnit.DAYS.between(from, to);
		List<Tick> ticks = new ArrayList<>();
		long months = ChronoUnit.MONTHS.between(from, to);
		long every = Math.max(1, (months + 5) / 6);
		for (LocalDate d = from; d.isBefore(to); d = d.plusMonths(every)) {
			ticks.add(new Tick(d, at(from, d, days)));
		}
		List<Lane> lanes = municipalities.stream()
			.map(m -> new Lane(m, Adoption.latestCouncilDecision(m.code(), steps).orElse(null), mayRecord.test(m),
					steps.stream()
						.filter(s -> s.municipality().equals(m.code()))
						.map(s -> new Mark(s, at(from, s.meetingDate(), days)))
						.toList()))
			.toList();
		List<Band> bands = consulted.stream()
			.map(c -> new Band(c.consultation(), c.version(), at(from, c.consultation().startsOn(), days),
					at(from, c.consultation().endsOn().plusDays(1), days)
							- at(from, c.consultation().startsOn(), days)))
			.toList();
		return new PlanAxis(from, to, ticks, lanes, bands, at(from, today, days));
	}

	private static double at(LocalDate from, LocalDate date, double days) {
		return Math.round(1000.0 * ChronoUnit.DAYS.between(from, date) / days) / 10.0;
	}
}
