package dk.samspil.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestAdmissionTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final CountDownLatch firstInside = new CountDownLatch(1);

	private final CountDownLatch firstMayLeave = new CountDownLatch(1);

	private final CountDownLatch secondInside = new CountDownLatch(1);

	@AfterEach
	void stop() {
		this.firstMayLeave.countDown();
		this.threads.shutdownNow();
	}

	@Test
	void aReadingRequestWaitsWhileEveryTurnIsTakenAndGoesInWhenOneIsFree() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofHours(1));
		holdTheOnlyTurn(admission);

		AtomicReference<Thread> second = new AtomicReference<>();
		Future<?> done = this.threads.submit(() -> {
			second.set(Thread.currentThread());
			return send(admission, "GET", (request, response) -> this.secondInside.countDown());
		});
		long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (second.get() == null || second.get().getState() != Thread.State.TIMED_WAITING) {
			assertThat(System.nanoTime()).as("the second request never waited").isLessThan(giveUp);
			Thread.onSpinWait();
		}
		assertThat(this.secondInside.getCount()).as("went in while the only turn was taken").isEqualTo(1);

		this.firstMayLeave.countDown();
		assertThat(this.secondInside.await(10, TimeUnit.SECONDS)).isTrue();
		done.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aRequestWithABodyNeverWaits() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofHours(1));
		holdTheOnlyTurn(admission);

		assertThat(goesIn(admission, "POST")).isTrue();
	}

	@Test
	void aRequestThatHasWaitedTheLongestWaitGoesInAnyway() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(50));
		holdTheOnlyTurn(admission);

		assertThat(goesIn(admission, "GET")).isTrue();
	}

	@Test
	void aRequestThatFailsGivesItsTurnBack() throws Exception {
		RequestAdmission admission = new RequestAdmission(1, Duration.ofHours(1));
		assertThatThrownBy(() -> send(admission, "GET", (request, response) -> {
			throw new IOException("the client went away");
		})).isInstanceOf(IOException.class);

		assertThat(goesIn(admission, "GET")).isTrue();
	}

	/**
	 * Whether a request with this method gets through the admission while the test waits.
	 */
	private boolean goesIn(RequestAdmission admission, String method) throws InterruptedException {
		this.threads.submit(() -> send(admission, method, (request, response) -> this.secondInside.countDown()));
		return this.secondInside.await(10, TimeUnit.SECONDS);
	}

	private void holdTheOnlyTurn(RequestAdmission admission) throws InterruptedException {
		this.threads.submit(() -> send(admission, "GET", (request, response) -> {
			this.firstInside.countDown();
			try {
				this.firstMayLeave.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(this.firstInside.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private static Void send(RequestAdmission admission, String method, FilterChain chain) throws Exception {
		admission.doFilter(new MockHttpServletRequest(method, "/"), new MockHttpServletResponse(), chain);
		return null;
	}

}
