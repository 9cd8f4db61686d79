package dk.samspil.goals;

/** Whether a goal's figures are reported per year or per quarter. */
enum PeriodKind {

	YEAR, QUARTER

}
