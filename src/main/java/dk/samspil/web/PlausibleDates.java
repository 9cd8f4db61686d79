package dk.samspil.web;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A date in any form lies between the years {@value #FIRST_YEAR} and {@value #LAST_YEAR}.
 * A date that parses but is absurd (year 0, a typing slip to 20266) is refused next to
 * its field, before any module's rule or the database, PDF or calendar code meets it.
 * Dates that do not parse at all are refused by binding already.
 */
@ControllerAdvice
class PlausibleDates implements Validator {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	@InitBinder
	void everyForm(WebDataBinder binder) {
		binder.addValidators(this);
	}

	/**
	 * Every binder gets it, whatever it binds; only forms (records) have dates to check.
	 */
	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object form, Errors errors) {
		if (!form.getClass().isRecord()) {
			return;
		}
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			Class<?> type = component.getType();
			String field = component.getName();
			if ((type == LocalDate.class || type == LocalDateTime.class) && errors instanceof BindingResult result
					&& errors.getFieldErrorCount(field) == 0) {
				TemporalAccessor date = (TemporalAccessor) result.getRawFieldValue(field);
				if (date != null && !plausible(date.get(ChronoField.YEAR))) {
					errors.rejectValue(field, "validation.date.implausible", new Object[] { FIRST_YEAR, LAST_YEAR },
							null);
				}
			}
		}
	}

	private static boolean plausible(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

}
