package dk.samspil.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.samspil.JarApp;

/**
 * The hard case of {@link PageBenchmark}'s search: {@link #COUNT} documents of about
 * {@link #LENGTH} characters each (a plan or a report as the library holds them), each
 * made of the demo data's words in an order of its own. They are put in the search index
 * as members' documents of the last {@link #COUNT} hours, and taken out again once
 * measured; a common word such as "vand" is found in every one of them, many times.
 */
final class LongDocuments {

	static final int COUNT = 300;

	static final int LENGTH = 45_000;

	private LongDocuments() {
	}

	/** Puts the documents in the application's search index. */
	static void add(JarApp app) throws Exception {
		try (Connection sql = app.connect()) {
			List<String> words = new ArrayList<>();
			try (Statement statement = sql.createStatement();
					ResultSet bodies = statement.executeQuery(
							"select body from search_entry where key not like 'benchmark-%' order by kind, key")) {
				while (bodies.next()) {
					for (String word : bodies.getString(1).split("[\\s.,;:!?()\"]+")) {
						if (!word.isBlank()) {
							words.add(word);
						}
					}
				}
			}
			try (PreparedStatement insert = sql.prepareStatement("""
					insert into search_entry (kind, key, visibility, title, body, happened_at, url)
					values ('document', ?, 'MEMBERS', ?, ?, now() - make_interval(hours => ?), '/library')
					on conflict (kind, key) do nothing""")) {
				for (int n = 1; n <= COUNT; n++) {
					insert.setString(1, "benchmark-" + n);
					insert.setString(2, "Rapport " + n);
					insert.setString(3, text(words, new Random(n)));
					insert.setInt(4, n);
					insert.addBatch();
				}
				insert.executeBatch();
			}
		}
	}

	/** Takes them out again. */
	static void remove(JarApp app) throws Exception {
		try (Connection sql = app.connect(); Statement statement = sql.createStatement()) {
			statement.executeUpdate("delete from search_entry where key like 'benchmark-%'");
		}
	}

	/** Sentences of 6 to 20 words drawn from the words, to about {@link #LENGTH}. */
	private static String text(List<String> words, Random random) {
		var text = new StringBuilder(LENGTH + 200);
		while (text.length() < LENGTH) {
			int length = 6 + random.nextInt(15);
			String first = words.get(random.nextInt(words.size()));
			text.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
			for (int word = 1; word < length; word++) {
				text.append(' ').append(words.get(random.nextInt(words.size())));
			}
			text.append(". ");
		}
		return text.toString();
	}

}
