package dk.samspil.plans;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.samspil.files.AcceptedFiles;
import dk.samspil.files.FileNames;
import dk.samspil.files.Upload;
import dk.samspil.region.MunicipalityCode;
import dk.samspil.rules.Refusal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the plan pages, one per action. */
final class PlanForms {

	private PlanForms() {
	}

	/**
	 * {@code ownerGroup}: the group whose members process the responses (none: the
	 * secretariat alone).
	 */
	record NewPlan(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.tooLong}") String title,
			@Size(max = 500_000, message = "{validation.tooLong}") String text, Long ownerGroup) {

		static NewPlan empty() {
			return new NewPlan("", "", null);
		}
	}

	/**
	 * A new version, written over the version numbered {@code basedOn}: the latest when
	 * the form was shown.
	 */
	record NewVersion(@Size(max = 500, message = "{validation.tooLong}") String note,
			@Size(max = 500_000, message = "{validation.tooLong}") String text,
			@NotNull(message = "{validation.required}") Integer basedOn) {
	}

	/**
	 * The text typed in, or else the Markdown file uploaded; a missing text is marked on
	 * the form, and a file that is too large or not text is refused.
	 */
	static String text(String typed, MultipartFile file, BindingResult result) throws IOException {
		if ((typed == null || typed.isBlank()) && file != null && !file.isEmpty()) {
			return new String(uploaded(file).content(), StandardCharsets.UTF_8);
		}
		if (typed == null || typed.isBlank()) {
			result.rejectValue("text", "validation.required");
		}
		return typed;
	}

	private static Upload uploaded(MultipartFile file) throws IOException {
		String name = FileNames.safe(file.getOriginalFilename());
		if (AcceptedFiles.PLAN_TEXT.tooLarge(file.getSize())) {
			throw new Refusal("plans.file.tooLarge", name, AcceptedFiles.PLAN_TEXT.maxSize().toMegabytes());
		}
		return AcceptedFiles.PLAN_TEXT.check(name, file.getBytes())
			.orElseThrow(() -> new Refusal("plans.file.type", name));
	}

	record OpenConsultation(
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate startsOn,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate endsOn,
			Boolean minorChange, @DateTimeFormat(iso = ISO.DATE) LocalDate ideaDeadline) {

		OpenConsultation {
			minorChange = Boolean.TRUE.equals(minorChange);
		}

		static OpenConsultation proposal(LocalDate today) {
			LocalDate start = today.plusDays(7);
			return new OpenConsultation(start, start.plusWeeks(8), false, null);
		}
	}

	record RecordStep(@NotNull(message = "{validation.required}") Integer version,
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "(\\d{4})?",
					message = "{plans.step.municipality.unknown}") String municipality,
			@NotNull(message = "{validation.required}") Step.Body body,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate meetingDate,
			@NotNull(message = "{validation.required}") Step.Decision decision,
			@Size(max = 2000, message = "{validation.tooLong}") String dissent,
			@Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "(https?://\\S+)?",
					message = "{plans.step.minutesUrl.invalid}") String minutesUrl) {

		MunicipalityCode municipalityCode() {
			return MunicipalityCode.parse(municipality);
		}
	}

	record RaiseObjection(@NotNull(message = "{validation.required}") Objection.Paragraph paragraph,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.tooLong}") String raisedBy,
			@NotNull(message = "{validation.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate raisedOn,
			@Size(max = 2000, message = "{validation.tooLong}") String details) {
	}

	/**
	 * Withdrawing a step, or correcting its date and decision: always with the reason,
	 * for the audit log.
	 */
	record ChangeStep(@DateTimeFormat(iso = ISO.DATE) LocalDate meetingDate, Step.Decision decision,
			@NotBlank(message = "{validation.required}") @Size(max = 500,
					message = "{validation.tooLong}") String reason) {
	}

	record Proceed(@NotBlank(message = "{validation.required}") @Size(max = 1000,
			message = "{validation.tooLong}") String reason) {
	}

}
