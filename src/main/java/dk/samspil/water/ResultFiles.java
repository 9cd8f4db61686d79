package dk.samspil.water;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes result tables as the command line writes its CSV (comma-separated, a point for
 * decimals, reliability to four places and m³ to one), and as one workbook with a sheet
 * per table, numbers as numbers.
 */
final class ResultFiles {

	/** Rows a sheet may hold below its header. */
	static final int SHEET_ROWS = 1_048_575;

	private ResultFiles() {
	}

	static byte[] csv(ResultTables.Table table) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
			out.println(String.join(",", table.header()));
			List<String> header = table.header();
			table.rows().accept(row -> {
				StringBuilder line = new StringBuilder();
				for (int c = 0; c < row.size(); c++) {
					line.append(c == 0 ? "" : ",").append(text(row.get(c), header.get(c).startsWith("reliability")));
				}
				out.println(line);
			});
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx(List<ResultTables.Table> tables) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(tables, bytes);
		return bytes.toByteArray();
	}

	private static void write(List<ResultTables.Table> tables, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Samspil", "1.0");
			for (ResultTables.Table table : tables) {
				Worksheet sheet = workbook.newWorksheet(table.name());
				for (int c = 0; c < table.header().size(); c++) {
					sheet.value(0, c, table.header().get(c));
					sheet.style(0, c).bold().set();
				}
				int[] row = { 1 };
				table.rows().accept(values -> {
					if (row[0] > SHEET_ROWS) {
						return;
					}
					for (int c = 0; c < values.size(); c++) {
						Object value = values.get(c);
						if (value instanceof Number number) {
							sheet.value(row[0], c, number);
						}
						else {
							sheet.value(row[0], c, String.valueOf(value));
						}
					}
					row[0]++;
				});
				sheet.finish();
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Object value, boolean share) {
		if (value instanceof Integer || value instanceof Long) {
			return value.toString();
		}
		if (value instanceof Double number) {
			return String.format(Locale.ROOT, share ? "%.4f" : "%.1f", number);
		}
		String text = String.valueOf(value);
		return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
