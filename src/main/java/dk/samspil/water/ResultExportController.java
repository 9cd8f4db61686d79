package dk.samspil.water;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.accounts.SignedInUser;
import dk.samspil.files.Downloads;
import dk.samspil.files.Pdfs;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A finished run's results to take away: each table as CSV, all tables as one workbook,
 * and a one-page PDF summary to attach to an agenda. Only for the model's group and the
 * secretariat, like the run itself.
 */
@Controller
class ResultExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ModelAccess access;

	private final Runs runs;

	private final ResultTables tables;

	private final ResultPage page;

	private final Pdfs pdfs;

	ResultExportController(ModelAccess access, Runs runs, ResultTables tables, ResultPage page, Pdfs pdfs) {
		this.access = access;
		this.runs = runs;
		this.tables = tables;
		this.page = page;
		this.pdfs = pdfs;
	}

	@GetMapping("/water/runs/{id}/export/{table}.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@PathVariable String table) {
		Run run = finished(user, id);
		if (!ResultTables.NAMES.contains(table)) {
			throw ModelAccess.notFound();
		}
		return Downloads.inline("run-" + id + "-" + table + ".csv", "text/csv;charset=UTF-8",
				ResultFiles.csv(tables.table(run, table)));
	}

	@GetMapping("/water/runs/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		Run run = finished(user, id);
		return Downloads.inline("run-" + id + ".xlsx", XLSX, ResultFiles.xlsx(tables.all(run)));
	}

	@GetMapping("/water/runs/{id}/summary.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) Integer scenario, Locale locale) {
		Run run = finished(user, id);
		ModelInfo info = access.readable(user, run.model());
		ExtendedModelMap model = new ExtendedModelMap();
		page.fill(run, scenario, null, model, locale);
		Map<String, Object> variables = new HashMap<>(model);
		variables.put("run", run);
		variables.put("info", info);
		variables.put("peak", peak(model));
		return Downloads.pdf("run-" + id + ".pdf", pdfs.pdf("water/summary-pdf", variables, locale));
	}

	/** The largest municipal shortfall, so the PDF's bars can be drawn to scale. */
	@SuppressWarnings("unchecked")
	private static double peak(ExtendedModelMap model) {
		List<ResultPage.PlaceRow> places = (List<ResultPage.PlaceRow>) model.getOrDefault("places", List.of());
		return places.stream().mapToDouble(p -> p.place().totalShortfall()).max().orElse(0);
	}

	private Run finished(SignedInUser user, long id) {
		Run run = runs.find(id).orElseThrow(ModelAccess::notFound);
		access.readable(user, run.model());
		if (!run.finished()) {
			throw ModelAccess.notFound();
		}
		return run;
	}

}
