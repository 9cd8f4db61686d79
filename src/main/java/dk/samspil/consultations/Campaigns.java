package dk.samspil.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The responses of a consultation as the officials work on them: filtered, withdrawn ones
 * left out, campaigns grouped.
 */
@Component
class Campaigns {

	private final Responses responses;

	Campaigns(Responses responses) {
		this.responses = responses;
	}

	List<ResponseGroup> groups(long consultationId, ResponseFilter filter) {
		List<Response> all = responses.ofConsultation(consultationId)
			.stream()
			.filter(r -> !r.withdrawn())
			.filter(filter.predicate())
			.toList();
		return group(all);
	}

	/** The group a response belongs to among all the consultation's responses. */
	ResponseGroup groupOf(Response response) {
		return groupOf(response, groups(response.consultationId(), ResponseFilter.all(response.kind())));
	}

	/** The group a response belongs to among groups already made. */
	static ResponseGroup groupOf(Response response, List<ResponseGroup> groups) {
		return groups.stream()
			.filter(g -> g.members().stream().anyMatch(m -> m.id() == response.id()))
			.findFirst()
			.orElse(new ResponseGroup(response, List.of(response)));
	}

	static List<ResponseGroup> group(List<Response> all) {
		Map<Long, Response> byId = all.stream()
			.collect(Collectors.toMap(Response::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<Long, String> texts = new LinkedHashMap<>();
		all.forEach(r -> texts.put(r.id(), r.body() == null ? "" : r.body()));
		return CampaignGrouping.groups(texts)
			.stream()
			.map(ids -> ids.stream().map(byId::get).toList())
			.map(members -> new ResponseGroup(members.get(0), members))
			.toList();
	}

}
