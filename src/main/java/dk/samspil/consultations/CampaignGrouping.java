package dk.samspil.consultations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds campaign letters: responses whose texts are near-identical (a greeting or a name
 * added). Texts are compared by MinHash signatures of their three-word shingles;
 * locality-sensitive hashing over bands of the signature finds the candidates, so 10,000
 * responses are grouped without comparing every pair.
 */
final class CampaignGrouping {

	static final double SIMILARITY = 0.7;

	private static final int HASHES = 48;

	private static final int ROWS_PER_BAND = 4;

	/**
	 * Compared with each bucket's first few members only: a campaign of thousands stays
	 * linear.
	 */
	private static final int LEADERS_PER_BUCKET = 8;

	private static final long[] SEEDS = seeds();

	/**
	 * Signatures already worked out, by response: a response's text never changes, and
	 * working out the signatures of a consultation's responses again was most of the time
	 * of every list of responses, response page and memo. Bounded, so that it holds the
	 * responses of a few large consultations (about 300 bytes each).
	 */
	private static final int CACHED_SIGNATURES = 50_000;

	private static final Map<Key, int[]> SIGNATURES = Collections
		.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, int[]> eldest) {
				return size() > CACHED_SIGNATURES;
			}
		});

	/**
	 * A text by its id, with its digest (the database's {@code md5(body)}) in case the id
	 * is used for another.
	 */
	private record Key(long id, String digest) {
	}

	private CampaignGrouping() {
	}

	/**
	 * Groups of ids, largest first, each in the order given; a text like no other is a
	 * group of one.
	 */
	static List<List<Long>> groups(Map<Long, String> texts) {
		Map<Long, String> digests = new LinkedHashMap<>();
		texts.forEach((id, text) -> digests.put(id, digest(text)));
		return groups(digests, missing -> texts);
	}

	/**
	 * The same groups from the texts' digests: only the texts whose signature is not kept
	 * yet are asked of {@code texts}, all in one call, so a list of thousands of long
	 * responses does not read their texts again on every view.
	 */
	static List<List<Long>> groups(Map<Long, String> digests, Function<Collection<Long>, Map<Long, String>> texts) {
		List<Long> ids = new ArrayList<>(digests.keySet());
		int[][] signatures = new int[ids.size()][];
		List<Long> missing = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			signatures[i] = SIGNATURES.get(new Key(ids.get(i), digests.get(ids.get(i))));
			if (signatures[i] == null) {
				missing.add(ids.get(i));
			}
		}
		Map<Long, String> read = missing.isEmpty() ? Map.of() : texts.apply(missing);
		for (int i = 0; i < ids.size(); i++) {
			if (signatures[i] == null) {
				signatures[i] = signature(read.get(ids.get(i)));
				SIGNATURES.put(new Key(ids.get(i), digests.get(ids.get(i))), signatures[i]);
			}
		}
		return grouped(ids, signatures);
	}

	private static List<List<Long>> grouped(List<Long> ids, int[][] signatures) {
		int[] parent = new int[ids.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int band = 0; band < HASHES / ROWS_PER_BAND; band++) {
			Map<Long, List<Integer>> buckets = new HashMap<>();
			for (int i = 0; i < ids.size(); i++) {
				buckets.computeIfAbsent(bandKey(signatures[i], band), key -> new ArrayList<>()).add(i);
			}
			for (List<Integer> bucket : buckets.values()) {
				joinSimilar(bucket, signatures, parent);
			}
		}
		Map<Integer, List<Long>> groups = new LinkedHashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(ids.get(i));
		}
		List<List<Long>> result = new ArrayList<>(groups.values());
		result.sort((a, b) -> Integer.compare(b.size(), a.size()));
		return result;
	}

	private static void joinSimilar(List<Integer> bucket, int[][] signatures, int[] parent) {
		List<Integer> leaders = new ArrayList<>();
		for (int member : bucket) {
			boolean joined = false;
			for (int leader : leaders) {
				if (root(parent, leader) == root(parent, member)
						|| similarity(signatures[leader], signatures[member]) >= SIMILARITY) {
					parent[root(parent, member)] = root(parent, leader);
					joined = true;
					break;
				}
			}
			if (!joined && leaders.size() < LEADERS_PER_BUCKET) {
				leaders.add(member);
			}
		}
	}

	/**
	 * The text's MD5 in hex, as PostgreSQL's {@code md5(text)} gives it; null for none.
	 */
	static String digest(String text) {
		if (text == null) {
			return null;
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is part of every Java runtime", ex);
		}
	}

	static double similarity(int[] a, int[] b) {
		int same = 0;
		for (int i = 0; i < a.length; i++) {
			if (a[i] == b[i]) {
				same++;
			}
		}
		return (double) same / a.length;
	}

	static int[] signature(String text) {
		String[] words = words(text);
		int[] signature = new int[HASHES];
		Arrays.fill(signature, Integer.MAX_VALUE);
		int shingles = Math.max(1, words.length - 2);
		for (int s = 0; s < shingles; s++) {
			long hash = 1125899906842597L;
			for (int w = s; w < Math.min(words.length, s + 3); w++) {
				hash = 31 * hash + words[w].hashCode();
			}
			for (int h = 0; h < HASHES; h++) {
				int value = (int) (mix(hash ^ SEEDS[h]) >>> 33);
				if (value < signature[h]) {
					signature[h] = value;
				}
			}
		}
		return signature;
	}

	/**
	 * The runs of letters and digits, lower-cased. Split by hand rather than by a regular
	 * expression: on a response of 20,000 characters the expression was most of the
	 * grouping's time, which every list of responses and every memo pays again.
	 */
	static String[] words(String text) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < plain.length();) {
			int c = plain.codePointAt(i);
			boolean inWord = Character.isLetter(c) || isNumber(c);
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(plain.substring(start, i));
				start = -1;
			}
			i += Character.charCount(c);
		}
		if (start >= 0) {
			words.add(plain.substring(start));
		}
		return words.toArray(String[]::new);
	}

	/**
	 * Unicode's numbers ({@code \p{N}}): digits, and numbers written as letters or
	 * otherwise.
	 */
	private static boolean isNumber(int c) {
		int type = Character.getType(c);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	private static long bandKey(int[] signature, int band) {
		long key = band;
		for (int r = band * ROWS_PER_BAND; r < (band + 1) * ROWS_PER_BAND; r++) {
			key = key * 1_000_003L + signature[r];
		}
		return key;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

	private static long[] seeds() {
		long[] seeds = new long[HASHES];
		long seed = 0x9E3779B97F4A7C15L;
		for (int i = 0; i < HASHES; i++) {
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			seeds[i] = seed;
		}
		return seeds;
	}

}
