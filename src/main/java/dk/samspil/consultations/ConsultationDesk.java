package dk.samspil.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.samspil.groups.GroupDirectory;

import org.springframework.stereotype.Component;

import dk.samspil.rules.Refusal;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other modules open consultations on their documents here, and read what became of the
 * responses.
 */
@Component
public class ConsultationDesk {

	private final Consultations consultations;

	private final Responses responses;

	private final Caseworkers caseworkers;

	private final GroupDirectory groups;

	private final ConsultationSearch search;

	ConsultationDesk(Consultations consultations, Responses responses, Caseworkers caseworkers, GroupDirectory groups,
			ConsultationSearch search) {
		this.consultations = consultations;
		this.responses = responses;
		this.caseworkers = caseworkers;
		this.groups = groups;
		this.search = search;
	}

	/**
	 * Opens a consultation, or refuses a period Planloven § 24 or § 23 c does not allow.
	 */
	@Transactional
	public ConsultationId open(OpenConsultation request) {
		ConsultationPeriod.check(request.startsOn(), request.endsOn(), request.minorChange(), request.ideaDeadline());
		if (request.sections().isEmpty()) {
			throw new Refusal("consultations.refused.empty");
		}
		long id = consultations.insert(request);
		if (request.ownerGroup() != null) {
			groups.membersOf(request.ownerGroup()).keySet().forEach(p -> caseworkers.name(id, p, null));
		}
		search.consultation(id);
		return new ConsultationId(id);
	}

	public List<ConsultationInfo> consultationsOf(String subjectKind, long subjectId) {
		return consultations.ofSubject(subjectKind, subjectId).stream().map(this::info).toList();
	}

	public Optional<ConsultationInfo> find(ConsultationId id) {
		return consultations.find(id.value()).map(this::info);
	}

	/**
	 * What became of every response on a document that was not withdrawn, campaigns once
	 * with their count.
	 */
	public List<ResponseTrail> trail(String subjectKind, long subjectId) {
		return consultations.ofSubject(subjectKind, subjectId)
			.stream()
			.flatMap(
					c -> Campaigns.group(responses.ofConsultation(c.id()).stream().filter(r -> !r.withdrawn()).toList())
						.stream())
			.map(g -> new ResponseTrail(g.first().receipt(), g.count(), g.first().anchors(), g.first().summary(),
					g.first().comment(), g.first().outcome(), g.first().changeText(), g.first().changeAnchor()))
			.toList();
	}

	/**
	 * The document was finally adopted: the personal data in its responses is erased
	 * {@code retention} days later by {@link PersonalDataRetention}.
	 */
	@Transactional
	public void subjectFinished(String subjectKind, long subjectId, LocalDate eraseAfter) {
		consultations.eraseAfter(subjectKind, subjectId, eraseAfter);
	}

	private ConsultationInfo info(Consultation c) {
		ConsultationPeriod period = c.period();
		return new ConsultationInfo(c.consultationId(), c.title(), period.startsOn(), period.endsOn(),
				period.minorChange(), period.ideaDeadline(), responses.count(c.id()), responses.unprocessed(c.id()));
	}

}
