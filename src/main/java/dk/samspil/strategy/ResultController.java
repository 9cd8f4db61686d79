package dk.samspil.strategy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dk.samspil.files.Downloads;
import dk.samspil.files.Pdfs;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A closed round's result as CSV (for a spreadsheet) and as PDF (for the councils'
 * papers).
 */
@Controller
class ResultController {

	private final Rounds rounds;

	private final Results results;

	private final Pdfs pdfs;

	private final MessageSource messages;

	ResultController(Rounds rounds, Results results, Pdfs pdfs, MessageSource messages) {
		this.rounds = rounds;
		this.results = results;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	@GetMapping("/strategy/rounds/{id}/result.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
		Round round = closed(id);
		RoundResult result = results.of(round);
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", text("strategy.result.topic", locale), text("strategy.result.placeEqual", locale),
				text("strategy.result.scoreEqual", locale), text("strategy.result.placeWeighted", locale),
				text("strategy.result.scoreWeighted", locale)))
			.append("\r\n");
		for (RoundResult.Row row : result.rows()) {
			csv.append(cell(row.title()))
				.append(';')
				.append(row.place())
				.append(';')
				.append(number(row.score()))
				.append(';')
				.append(row.weightedPlace())
				.append(';')
				.append(number(row.weightedScore()))
				.append("\r\n");
		}
		csv.append("\r\n")
			.append(text("strategy.municipality", locale))
			.append(';')
			.append(text("strategy.result.population", locale))
			.append(';')
			.append(text("strategy.result.ballot", locale))
			.append("\r\n");
		for (RoundResult.BallotLine line : result.ballots()) {
			csv.append(cell(line.name()))
				.append(';')
				.append(line.population())
				.append(';')
				.append(cell(line.text()))
				.append("\r\n");
		}
		return Downloads.attachment(filename(round, "csv"), "text/csv;charset=UTF-8",
				csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/strategy/rounds/{id}/result.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		Round round = closed(id);
		RoundResult result = results.of(round);
		Map<String, Object> page = new HashMap<>();
		page.put("round", round);
		page.put("result", result);
		page.put("equalWinner", result.winnerDiffers() ? result.winner(Weighting.EQUAL).title() : "");
		page.put("weightedWinner", result.winnerDiffers() ? result.winner(Weighting.POPULATION).title() : "");
		return Downloads.pdf(filename(round, "pdf"), pdfs.pdf("strategy/result-pdf", page, locale));
	}

	/** Nothing of how municipalities voted leaves before the close. */
	private Round closed(long id) {
		return rounds.find(id).filter(Round::isClosed).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String filename(Round round, String extension) {
		return "resultat-runde-" + round.id().value() + "." + extension;
	}

	/**
	 * A CSV cell, quoted; a leading =, +, - or @ is defused so a spreadsheet does not run
	 * it as a formula.
	 */
	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static String number(double value) {
		return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
