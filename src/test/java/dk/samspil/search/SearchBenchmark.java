package dk.samspil.search;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dk.samspil.accounts.PersonId;
import dk.samspil.groups.GroupId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search latency on a realistic index: 100,000 documents and 20,000 agenda items of
 * generated Danish text over seven groups, themes and all three visibilities, searched
 * with two-word Danish queries by a member of two groups. Prints its figures; it is not a
 * test. Run it with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dk.samspil.search.SearchBenchmark}
 * (optional arguments: documents, agenda items, queries; {@code -Ddatabase=DIR} keeps the
 * generated index in a folder and searches it again on the next run instead of generating
 * it anew).
 */
public final class SearchBenchmark {

	static final String[] WORDS = ("vand grundvand drikkevand spildevand regnvand kølevand procesvand vandværk "
			+ "vandforsyning vandindvinding boring kildeplads renseanlæg rensning kvælstof fosfor okker å sø fjord "
			+ "kyst skybrud klimatilpasning oversvømmelse dige pumpestation kloak separatkloakering lavbundsjord "
			+ "skov skovrejsning natur biodiversitet trepart landbrug omlægning randzone vandløb vådområde udtagning "
			+ "brint elektrolyse elektrolyseanlæg power-to-x ptx ammoniak metanol fjernvarme overskudsvarme varmepumpe "
			+ "solceller vindmøller energi energiplan elnet strøm lagring batteri biogas halm "
			+ "mobilitet pendling bus tog cykel cykelsti letbane samkørsel elbil ladestander trafik motorvej bro "
			+ "kommuneplan lokalplan planstrategi høring indsigelse byråd udvalg økonomiudvalg beslutning referat "
			+ "dagsorden møde punkt forslag budget investering tilskud ansøgning rapport analyse scenarie kortlægning "
			+ "data måling mål målsætning reduktion udledning co2 klima klimaplan strategi handleplan samarbejde "
			+ "kommune region stat borger virksomhed forsyning erhverv industri havn fredericia vejle kolding "
			+ "middelfart billund vejen haderslev trekantområdet lillebælt jylland fyn sekretariat arbejdsgruppe "
			+ "projekt fase tidsplan frist status opfølgning risiko kvalitet tilladelse myndighed miljø vurdering "
			+ "regionale")
		.split(" ");

	public static void main(String[] args) throws Exception {
		// Only the figures on the console, not the database's and Flyway's chatter.
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int agendaItems = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int queries = args.length > 2 ? Integer.parseInt(args[2]) : 300;
		String kept = System.getProperty("database");
		Path directory = kept == null ? Files.createTempDirectory("samspil-benchmark-")
				: Files.createDirectories(Path.of(kept).toAbsolutePath());
		boolean reuse = kept != null && Files.exists(directory.resolve("data").resolve("PG_VERSION"));
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("data"))
			.setOverrideWorkingDirectory(directory.resolve("runtime").toFile())
			.setCleanDataDirectory(kept == null)
			.setServerConfig("unix_socket_directories", directory.toString())
			// A server for this many documents gets a buffer cache sized for them, as a
			// production one would.
			.setServerConfig("shared_buffers", "512MB")
			.start()) {
			DataSource data = postgres.getPostgresDatabase();
			// A kept database may miss a migration numbered below one it already has.
			Flyway.configure().dataSource(data).locations("classpath:db/migration").outOfOrder(true).load().migrate();
			JdbcClient jdbc = JdbcClient.create(data);
			long started = System.nanoTime();
			if (!reuse || jdbc.sql("select count(*) from search_entry").query(Long.class).single() == 0) {
				generate(jdbc, data, documents, agendaItems);
				// The words the indexer learns from each entry as it arrives, learnt here
				// in one go.
				jdbc.sql(
						"insert into search_word (word) select word from ts_stat('select document from search_entry') on conflict do nothing")
					.update();
			}
			double generation = (System.nanoTime() - started) / 1e9;
			jdbc.sql("vacuum analyze search_entry").update();
			jdbc.sql("vacuum analyze search_word").update();
			prewarm(jdbc);
			String loadBefore = loadAverage();
			// Searches go through a pool, as in the application: a connection opened per
			// statement would add its start and the loading of the dictionaries to
			// every search.
			try (HikariDataSource pool = new HikariDataSource()) {
				pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
				pool.setMaximumPoolSize(1);
				JdbcClient searches = JdbcClient.create(pool);
				Cpu cpu = new Cpu(searches.sql("select pg_backend_pid()").query(Long.class).single());
				SearchIndex index = new SearchIndex(searches, null, List.of(),
						new RankedSearch(searches, new SearchWords(searches, Clock.systemUTC()), Clock.systemUTC()));
				if (Boolean.getBoolean("explain")) {
					explain(searches, index);
				}
				Measured measured = measure(query -> index.search(SearchQuery.of(query), MEMBER), queries, cpu);
				report(jdbc, measured, generation, documents, agendaItems, loadBefore);
				// The same queries as searched before compounds and bounded ranking, for
				// a
				// comparison in the same conditions.
				Measured before = measure(query -> rankingEveryMatch(searches, query), queries, cpu);
				System.out.printf(
						"  for comparison, ranking every match without compounds: p50: %.1f ms, p95: %.1f ms (CPU p95 %.1f ms)%n",
						before.wall(0.5), before.wall(0.95), before.cpu(0.95));
			}
		}
	}

	/**
	 * Danish makes new words by compounding: these parts give a vocabulary of about 2,000
	 * words.
	 */
	static final String[] FIRST = ("vand grundvand drikke spilde regn køle proces klima energi natur trafik plan skov "
			+ "kyst fjord å brint varme el sol vind bus cykel havn by land miljø borger erhverv kommune region "
			+ "budget data risiko kvalitet udlednings kvælstof biogas")
		.split(" ");

	static final String[] SECOND = ("plan planen forsyning forsyningen værk værket analyse analysen strategi område "
			+ "anlæg anlægget projekt indsats behov mål data rapport samarbejde grupper rådgivning tilladelse "
			+ "kortlægning scenarie ledning ledninger boring kvalitet pris partnerskab")
		.split(" ");

	/**
	 * Titles of 3–8 and texts of 60–220 words drawn with Zipf's law, as words are spread
	 * in real prose.
	 */
	private static void generate(JdbcClient jdbc, DataSource data, int documents, int agendaItems) throws Exception {
		List<String> vocabulary = vocabulary();
		int total = documents + agendaItems;
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		var pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> parts = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int from = 1 + t * total / threads;
			int to = (t + 1) * total / threads;
			parts.add(pool.submit(() -> {
				copy(data, vocabulary, from, to, documents);
				return null;
			}));
		}
		for (var part : parts) {
			part.get();
		}
		pool.shutdown();
	}

	private static void copy(DataSource data, List<String> vocabulary, int from, int to, int documents)
			throws Exception {
		Random random = new Random(from);
		Zipf zipf = new Zipf(vocabulary.size(), random);
		try (var connection = data.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			for (int i = from; i <= to; i++) {
				rows.append(i <= documents ? "document" : "agenda-item")
					.append('\t')
					.append(i)
					.append('\t')
					.append(1 + i % 7)
					.append('\t')
					.append(VISIBILITIES[i % 4])
					.append('\t')
					.append(words(vocabulary, zipf, 3 + i % 6))
					.append('\t')
					.append(words(vocabulary, zipf, 60 + i % 161))
					.append('\t')
					.append('{')
					.append(1 + i % 8)
					.append(',')
					.append(1 + (i / 8) % 8)
					.append("}\t")
					.append(Instant.now().minusSeconds(86_400L * (i % 1500)))
					.append("\t/x/")
					.append(i)
					.append('\n');
				if (rows.length() > 4_000_000 || i == to) {
					copy.copyIn(
							"copy search_entry (kind, key, group_id, visibility, title, body, themes, happened_at, url) from stdin",
							new StringReader(rows.toString()));
					rows.setLength(0);
				}
			}
		}
	}

	private static final String[] VISIBILITIES = { "GROUP", "GROUP", "MEMBERS", "PUBLIC" };

	private static String words(List<String> vocabulary, Zipf zipf, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(vocabulary.get(zipf.next()));
		}
		return text.toString();
	}

	/**
	 * Common little words first, then the simple and compound words in a fixed random
	 * order.
	 */
	static List<String> vocabulary() {
		List<String> content = new ArrayList<>(Arrays.asList(WORDS));
		for (String first : FIRST) {
			for (String second : SECOND) {
				content.add(first + second);
			}
		}
		Collections.shuffle(content, new Random(42));
		List<String> vocabulary = new ArrayList<>(Arrays.asList(COMMON));
		content.stream().distinct().forEach(vocabulary::add);
		return vocabulary;
	}

	static final String[] COMMON = ("og i at det en af til på med for er som de den ikke der var fra har om skal kan "
			+ "vil blive bliver samt også mellem efter under over ved hvor når så mere flere nye fælles lokale")
		.split(" ");

	/** Rank k is drawn with probability proportional to 1/k. */
	private static final class Zipf {

		private final double[] cumulative;

		private final Random random;

		Zipf(int size, Random random) {
			this.random = random;
			this.cumulative = new double[size];
			double sum = 0;
			for (int k = 0; k < size; k++) {
				sum += 1.0 / (k + 1);
				cumulative[k] = sum;
			}
			for (int k = 0; k < size; k++) {
				cumulative[k] /= sum;
			}
		}

		int next() {
			int index = Arrays.binarySearch(cumulative, random.nextDouble());
			return Math.min(cumulative.length - 1, index < 0 ? -index - 1 : index);
		}

	}

	/**
	 * The machine's load over the last minute, since other work on it moves every figure
	 * above.
	 */
	private static String loadAverage() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? "unknown" : String.format("%.1f", load);
	}

	/**
	 * Steady state, as on a server that has been answering searches for a while: the
	 * index and table in memory.
	 */
	private static void prewarm(JdbcClient jdbc) {
		try {
			jdbc.sql("create extension if not exists pg_prewarm").update();
			jdbc.sql("select pg_prewarm('search_entry'), pg_prewarm('search_entry_document_date')")
				.query()
				.listOfRows();
		}
		catch (RuntimeException ex) {
			System.out.println("  (pg_prewarm is not available; the first queries read from disk)");
		}
	}

	/**
	 * Where a search's time goes (-Dexplain=true), for a common query, a rare combination
	 * of words and a rare query: finding the newest 200 matches by reading entries newest
	 * first and testing each, as before, and through the index on words and date within
	 * the last 30 days and everywhere, as now.
	 */
	private static void explain(JdbcClient jdbc, SearchIndex index) {
		String visible = """
				(e.visibility = 'PUBLIC' or e.visibility = 'MEMBERS'
				  or (e.visibility = 'GROUP' and e.group_id = any(cast('{2,5}' as bigint[]))))""";
		for (String text : List.of("vand analyse", "busanlæg cykelforsyning", "skybrud dige")) {
			String tsquery = new SearchWords(jdbc, Clock.systemUTC()).tsquery(text);
			System.out.println("== " + text + ": " + tsquery.length() + " characters of tsquery");
			for (String sql : List.of(
					"select e.kind from search_entry e where e.document @@ cast(:query as tsquery) and " + visible
							+ " order by e.happened_at desc limit 200",
					"with m as materialized (select e.happened_at from search_entry e where e.document @@ cast(:query as tsquery) and "
							+ visible + " and e.happened_at >= now() - interval '30 days')"
							+ " select * from m order by happened_at desc limit 200",
					"with m as materialized (select e.happened_at from search_entry e where e.document @@ cast(:query as tsquery) and "
							+ visible + ") select * from m order by happened_at desc limit 200")) {
				jdbc.sql("explain (analyze, buffers) " + sql)
					.param("query", tsquery)
					.query(String.class)
					.list()
					.stream()
					.filter(line -> !line.contains("Cond:") && !line.contains("Filter:"))
					.forEach(System.out::println);
			}
			long start = System.nanoTime();
			index.search(SearchQuery.of(text), MEMBER);
			System.out.printf("search: %.1f ms%n", (System.nanoTime() - start) / 1e6);
		}
	}

	static final Viewer MEMBER = new Viewer(new PersonId(1), false, Set.of(new GroupId(2), new GroupId(5)));

	/**
	 * The search as it was: every match of the plain query ranked, then the first page
	 * taken.
	 */
	private static void rankingEveryMatch(JdbcClient jdbc, String text) {
		jdbc.sql(
				"""
						with q as (select websearch_to_tsquery('danish', :text) || websearch_to_tsquery('english', :text) as query),
						ranked as (
						  select e.kind, e.key, e.title, e.body, e.happened_at, ts_rank_cd(e.document, q.query) as rank
						  from search_entry e, q
						  where e.document @@ q.query and (e.visibility = 'PUBLIC' or e.visibility = 'MEMBERS'
						    or (e.visibility = 'GROUP' and e.group_id = any(cast('{2,5}' as bigint[]))))
						  order by rank desc, e.happened_at desc limit 21)
						select r.*, ts_headline('danish', r.body, q.query) as snippet from ranked r, q""")
			.param("text", text)
			.query()
			.listOfRows();
	}

	/**
	 * The CPU time a search takes, in the database's backend and in the searching thread:
	 * on a machine others use as well, the wall time waits for their work too, the CPU
	 * time much less.
	 */
	private record Cpu(long backend) {

		/** Nanoseconds on a CPU so far, or 0 where the system does not tell. */
		long nanos() {
			long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
			try {
				String schedstat = Files.readString(Path.of("/proc/" + backend + "/schedstat")).strip();
				return thread + Long.parseLong(schedstat.split(" ")[0]);
			}
			catch (java.io.IOException | RuntimeException ex) {
				return thread;
			}
		}

	}

	/** Sorted wall and CPU times of the searches, in nanoseconds. */
	private record Measured(long[] walls, long[] cpus) {

		double wall(double quantile) {
			return at(walls, quantile);
		}

		double cpu(double quantile) {
			return at(cpus, quantile);
		}

		private static double at(long[] sorted, double quantile) {
			return sorted[(int) Math.min(sorted.length - 1, sorted.length * quantile)] / 1e6;
		}

	}

	private static Measured measure(Consumer<String> search, int queries, Cpu cpu) {
		Random random = new Random(7);
		// People search for content words: any of the 600 most frequent ones after the
		// little words.
		List<String> vocabulary = vocabulary();
		List<String> content = vocabulary.subList(COMMON.length, Math.min(vocabulary.size(), COMMON.length + 600));
		for (int i = 0; i < 20; i++) {
			search.accept(query(content, random));
		}
		long[] walls = new long[queries];
		long[] cpus = new long[queries];
		for (int i = 0; i < queries; i++) {
			String query = query(content, random);
			long cpuStart = cpu.nanos();
			long start = System.nanoTime();
			search.accept(query);
			walls[i] = System.nanoTime() - start;
			cpus[i] = cpu.nanos() - cpuStart;
		}
		Arrays.sort(walls);
		Arrays.sort(cpus);
		return new Measured(walls, cpus);
	}

	private static String query(List<String> words, Random random) {
		return words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
	}

	private static void report(JdbcClient jdbc, Measured measured, double generation, int documents, int agendaItems,
			String loadBefore) {
		long total = jdbc.sql("select pg_total_relation_size('search_entry')").query(Long.class).single();
		long gin = jdbc.sql("select pg_relation_size('search_entry_document_date')").query(Long.class).single();
		System.out.printf(
				"Search benchmark: %,d documents + %,d agenda items, %d two-word Danish queries as a member%n",
				documents, agendaItems, measured.walls().length);
		System.out.printf("  generation and indexing: %.1f s%n", generation);
		System.out.printf("  latency p50: %.1f ms, p95: %.1f ms (p95 is %.2f× the 50 ms goal), max: %.1f ms%n",
				measured.wall(0.5), measured.wall(0.95), measured.wall(0.95) / 50, measured.wall(1));
		System.out.printf("  CPU time per search (PostgreSQL and the searching thread) p50: %.1f ms, p95: %.1f ms%n",
				measured.cpu(0.5), measured.cpu(0.95));
		System.out.printf(
				"  index size: %.1f MB in all (search_entry with its indexes), of which %.1f MB the GIN index%n",
				total / 1048576.0, gin / 1048576.0);
		System.out.printf("  processors: %d, load average before: %s, at the end: %s%n",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
	}

}
