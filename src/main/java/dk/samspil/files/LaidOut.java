package dk.samspil.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The files laid out from the most recent pages, by a digest of the page, up to a number
 * of bytes in all. A page asked for again while it is being laid out waits for that
 * instead of laying it out a second time.
 */
final class LaidOut {

	private final long maxBytes;

	private final Map<String, CompletableFuture<byte[]>> files = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	LaidOut(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	byte[] get(String page, Supplier<byte[]> layOut) {
		String key = digest(page);
		CompletableFuture<byte[]> file;
		boolean mine = false;
		synchronized (this) {
			file = files.get(key);
			if (file == null) {
				file = new CompletableFuture<>();
				files.put(key, file);
				mine = true;
			}
		}
		if (!mine) {
			return file.join().clone();
		}
		try {
			byte[] made = layOut.get();
			file.complete(made);
			keep(key, made.length);
			return made.clone();
		}
		catch (RuntimeException | Error ex) {
			synchronized (this) {
				files.remove(key);
			}
			file.completeExceptionally(ex);
			throw ex;
		}
	}

	/** Counts the new file and forgets the least recently asked for beyond the limit. */
	private synchronized void keep(String key, long size) {
		if (size > maxBytes) {
			files.remove(key);
			return;
		}
		bytes += size;
		Iterator<Map.Entry<String, CompletableFuture<byte[]>>> eldest = files.entrySet().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			Map.Entry<String, CompletableFuture<byte[]>> entry = eldest.next();
			if (entry.getValue().isDone() && !entry.getKey().equals(key)) {
				bytes -= entry.getValue().join().length;
				eldest.remove();
			}
		}
	}

	private static String digest(String page) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
