package dk.samspil.goals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.samspil.rules.Refusal;

/**
 * Reads a CSV file of figures as people save them: Danish Excel's semicolons and decimal
 * commas, in Windows-1252 or UTF-8 with or without a byte order mark, as well as plain
 * comma-separated UTF-8. Only reading happens here; whether each row belongs to the goal
 * is checked by {@link FigureImport}.
 */
final class FigureFile {

	/** A row of the file as typed, with its line number. */
	record Row(int line, String municipality, String catchment, String period, String value) {
	}

	/** The columns, by the names the template uses in Danish and English. */
	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("kommunekode", "municipality"),
			Map.entry("municipality_code", "municipality"), Map.entry("municipality code", "municipality"),
			Map.entry("opland", "catchment"), Map.entry("catchment", "catchment"), Map.entry("periode", "period"),
			Map.entry("period", "period"), Map.entry("værdi", "value"), Map.entry("vaerdi", "value"),
			Map.entry("value", "value"));

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private FigureFile() {
	}

	static List<Row> read(byte[] content) {
		List<String> lines = decode(content).lines().toList();
		// the header is the first line that is not blank; rows are numbered as the lines
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank()) {
			first++;
		}
		if (first == lines.size()) {
			throw new Refusal("goals.import.empty");
		}
		String headerLine = lines.get(first);
		char separator = headerLine.indexOf(';') >= 0 ? ';' : headerLine.indexOf('\t') >= 0 ? '\t' : ',';
		int[] at = columns(split(headerLine, separator));
		List<Row> rows = new ArrayList<>();
		for (int i = first + 1; i < lines.size(); i++) {
			List<String> cells = split(lines.get(i), separator);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(new Row(i + 1, cell(cells, at[0]), cell(cells, at[1]), cell(cells, at[2]), cell(cells, at[3])));
		}
		if (rows.isEmpty()) {
			throw new Refusal("goals.import.noRows");
		}
		return rows;
	}

	/**
	 * UTF-8 (a byte order mark is dropped) when the bytes are valid UTF-8, else
	 * Windows-1252 as Danish Excel saves.
	 */
	static String decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	private static int[] columns(List<String> header) {
		int[] at = { -1, -1, -1, -1 };
		List<String> names = List.of("municipality", "catchment", "period", "value");
		for (int i = 0; i < header.size(); i++) {
			String column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
			if (column != null) {
				at[names.indexOf(column)] = i;
			}
		}
		if (at[0] < 0 || at[2] < 0 || at[3] < 0) {
			throw new Refusal("goals.import.header");
		}
		return at;
	}

	private static String cell(List<String> cells, int index) {
		return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
	}

	/**
	 * Splits a line at the separator, honouring double quotes as CSV does ("12,5" with a
	 * comma separator).
	 */
	static List<String> split(String line, char separator) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
