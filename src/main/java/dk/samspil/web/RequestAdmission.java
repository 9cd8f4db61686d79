package dk.samspil.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a few reading requests work at a time and has the others wait their turn, first
 * come first served. A page is CPU work with a few short waits on PostgreSQL on the same
 * few cores; thirty-two at once made each of them take more CPU time (threads displacing
 * each other's caches, more garbage alive at every collection), and the operating
 * system's time slices decided which waited longest.
 *
 * <p>
 * Only {@code GET} and {@code HEAD} queue: a request with a body may read it slowly from
 * a citizen's phone, and must not hold a turn while it does. A request that has waited
 * {@code samspil.web.request-wait} goes in anyway, so that a few slow downloads holding
 * every turn delay the others by that at most rather than stop them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestAdmission extends OncePerRequestFilter {

	private final Semaphore turns;

	private final long waitNanos;

	RequestAdmission(@Value("${samspil.web.concurrent-requests}") int concurrent,
			@Value("${samspil.web.request-wait}") Duration wait) {
		this.turns = new Semaphore(concurrent > 0 ? concurrent : 4 * Runtime.getRuntime().availableProcessors(), true);
		this.waitNanos = wait.toNanos();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		boolean admitted = false;
		boolean interrupted = false;
		try {
			admitted = this.turns.tryAcquire(this.waitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			interrupted = true;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (admitted) {
				this.turns.release();
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
