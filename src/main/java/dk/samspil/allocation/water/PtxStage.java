package dk.samspil.allocation.water;

import java.time.YearMonth;

/**
 * From {@code from} on, PtX plant {@code plant} runs at {@code megawatts} of electrolyser
 * (0 closes it).
 */
public record PtxStage(String plant, YearMonth from, double megawatts) {
}
