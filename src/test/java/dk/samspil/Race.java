package dk.samspil;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two colleagues acting at the same moment: both actions start together from a latch,
 * each in its own thread (and so its own transaction), and the race waits a bounded time
 * for both.
 */
public final class Race {

	private Race() {
	}

	/** What one side of the race got: its result, or what it was refused with. */
	public record Outcome<T>(T value, Throwable refusal) {

		public boolean succeeded() {
			return refusal == null;
		}
	}

	public static <T> List<Outcome<T>> twoAtOnce(Callable<T> first, Callable<T> second) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Future<Outcome<T>> a = threads.submit(() -> run(start, first));
			Future<Outcome<T>> b = threads.submit(() -> run(start, second));
			start.countDown();
			return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static <T> Outcome<T> run(CountDownLatch start, Callable<T> action) throws InterruptedException {
		start.await();
		try {
			return new Outcome<>(action.call(), null);
		}
		catch (Exception ex) {
			return new Outcome<>(null, ex);
		}
	}

}
