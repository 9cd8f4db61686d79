package dk.samspil.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LaidOutTest {

	/** Each page laid out, in turn; a "file" is the page's bytes. */
	private final List<String> laidOut = new CopyOnWriteArrayList<>();

	private byte[] layOut(String page) {
		laidOut.add(page);
		return page.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void theSamePageIsLaidOutOnceAndAChangedPageAnew() {
		LaidOut files = new LaidOut(1_000);
		byte[] first = files.get("<p>Høring om vand</p>", () -> layOut("<p>Høring om vand</p>"));
		byte[] again = files.get("<p>Høring om vand</p>", () -> layOut("<p>Høring om vand</p>"));
		byte[] changed = files.get("<p>Høring om drikkevand</p>", () -> layOut("<p>Høring om drikkevand</p>"));
		assertThat(again).isEqualTo(first);
		assertThat(new String(changed, StandardCharsets.UTF_8)).isEqualTo("<p>Høring om drikkevand</p>");
		assertThat(laidOut).containsExactly("<p>Høring om vand</p>", "<p>Høring om drikkevand</p>");
	}

	@Test
	void theLeastRecentlyAskedForGoWhenTheBytesAreFull() {
		LaidOut files = new LaidOut(100);
		String a = "a".repeat(25);
		String b = "b".repeat(25);
		String c = "c".repeat(25);
		String d = "d".repeat(25);
		String e = "e".repeat(25);
		for (String page : List.of(a, b, c, d, a, e, a, c, b)) {
			files.get(page, () -> layOut(page));
		}
		// e made five of 25 bytes: b, the least recently asked for, went, while c,
		// asked for again, was still kept
		assertThat(laidOut).containsExactly(a, b, c, d, e, b);
	}

	@Test
	void aFileLargerThanAllTheRoomIsNotKept() {
		LaidOut files = new LaidOut(100);
		String large = "x".repeat(101);
		files.get(large, () -> layOut(large));
		files.get(large, () -> layOut(large));
		assertThat(laidOut).containsExactly(large, large);
	}

	@Test
	void aPageAskedForWhileItIsLaidOutWaitsForThatLayout() throws Exception {
		LaidOut files = new LaidOut(1_000);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> files.get("memo", () -> {
			started.countDown();
			await(release);
			return layOut("memo");
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		Thread second = new Thread(() -> files.get("memo", () -> layOut("memo")));
		second.start();
		// the second request is waiting for the first one's layout before it ends
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (second.getState() != Thread.State.WAITING && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		assertThat(second.getState()).isEqualTo(Thread.State.WAITING);
		release.countDown();
		first.get(10, TimeUnit.SECONDS);
		second.join(10_000);
		assertThat(laidOut).containsExactly("memo");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
