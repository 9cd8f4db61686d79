package dk.samspil.goals;

import dk.samspil.region.MunicipalityCode;

/**
 * A municipality's own baseline and target; {@code weight} counts only in a goal with a
 * named weight.
 */
record MunicipalTarget(MunicipalityCode municipality, double baseline, double target, Double weight) {
}
