package dk.samspil.meetings;

import java.time.LocalDate;

import dk.samspil.accounts.PersonId;

/**
 * Something another module asks a person to do by a date (report a figure, finish an
 * action), shown on their task list and in their daily digest beside the meetings' own
 * tasks.
 *
 * @param path where the person does it, relative to the application
 */
public record ExternalTask(PersonId owner, String title, LocalDate dueOn, String path) {

	public boolean overdue(LocalDate today) {
		return dueOn.isBefore(today);
	}
}
