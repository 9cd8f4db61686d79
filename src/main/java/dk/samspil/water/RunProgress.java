package dk.samspil.water;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;

/**
 * Pushes a run's progress to its page as server-sent events: the progress bar as HTML,
 * twice a second, read from the database, so it is the same whichever instance runs the
 * parts; a last "done" event when the run is over.
 */
@Component
class RunProgress implements DisposableBean {

	private final Runs runs;

	private final MessageSource messages;

	private final Clock clock;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "water-run-progress");
		thread.setDaemon(true);
		return thread;
	});

	RunProgress(Runs runs, MessageSource messages, Clock clock) {
		this.runs = runs;
		this.messages = messages;
		this.clock = clock;
	}

	SseEmitter follow(long id, Locale locale) throws IOException {
		SseEmitter emitter = new SseEmitter(30 * 60_000L);
		AtomicReference<ScheduledFuture<?>> job = new AtomicReference<>();
		Runnable stop = () -> {
			ScheduledFuture<?> running = job.get();
			if (running != null) {
				running.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError(e -> stop.run());
		job.set(timer.scheduleAtFixedRate(() -> send(id, locale, emitter, stop), 0, 500, TimeUnit.MILLISECONDS));
		return emitter;
	}

	private void send(long id, Locale locale, SseEmitter emitter, Runnable stop) {
		try {
			Run run = runs.find(id).orElseThrow();
			emitter.send(SseEmitter.event().name("progress").data(html(run, locale)));
			if (run.over()) {
				emitter.send(SseEmitter.event().name("done").data(run.status().name()));
				stop.run();
				emitter.complete();
			}
		}
		catch (IOException | RuntimeException e) {
			stop.run();
			emitter.completeWithError(e);
		}
	}

	/**
	 * The same progress bar the run page draws first (water/run.html, fragment "bar").
	 */
	String html(Run run, Locale locale) {
		long left = run.secondsLeft(clock.instant());
		String status = messages.getMessage("water.run.status." + run.status(), null, locale);
		String text = messages.getMessage("water.run.progress", new Object[] { run.done(), run.scenarioCount(),
				(long) run.done() * run.months(), (long) run.scenarioCount() * run.months() }, locale);
		String time = left < 0 ? "" : " · " + messages.getMessage("water.run.left", new Object[] { left }, locale);
		return "<progress max=\"" + run.scenarioCount() + "\" value=\"" + run.done()
				+ "\" aria-labelledby=\"run-progress-text\"></progress>" + "<p id=\"run-progress-text\"><strong>"
				+ HtmlUtils.htmlEscape(status) + "</strong> · " + HtmlUtils.htmlEscape(text + time) + "</p>";
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
