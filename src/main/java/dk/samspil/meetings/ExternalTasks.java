package dk.samspil.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Implemented by a module with work for people to do by a date, so that it appears on
 * their task list and in the daily digest without this module reading the other's tables.
 */
public interface ExternalTasks {

	/**
	 * The open tasks due on or before the given day, overdue ones included, with titles
	 * in the given language.
	 */
	List<ExternalTask> openDueBy(LocalDate day, Locale locale);

}
