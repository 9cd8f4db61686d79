package dk.samspil.meetings;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import dk.samspil.accounts.PersonId;

/**
 * The work other modules ask people to do, gathered from every {@link ExternalTasks}
 * there is.
 */
@Component
class ExternalWork {

	private final List<ExternalTasks> sources;

	ExternalWork(List<ExternalTasks> sources) {
		this.sources = sources;
	}

	List<ExternalTask> dueBy(LocalDate day, Locale locale) {
		return sources.stream()
			.flatMap(source -> source.openDueBy(day, locale).stream())
			.sorted(Comparator.comparing(ExternalTask::dueOn))
			.toList();
	}

	List<ExternalTask> of(PersonId person, LocalDate day, Locale locale) {
		return dueBy(day, locale).stream().filter(task -> task.owner().equals(person)).toList();
	}

}
