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

	/**
	 * The responses not withdrawn that pass the filter, campaigns grouped. The members
	 * carry only the start of their text ({@link Responses#listed}): enough for a list, a
	 * way through it and processing a campaign as one, without reading thousands of texts
	 * again on every view; {@link Responses#find} has the whole response.
	 */
	List<ResponseGroup> groups(long consultationId, ResponseFilter filter) {
		Map<Long, Response> byId = new LinkedHashMap<>();
		Map<Long, String> digests = new LinkedHashMap<>();
		var passes = filter.predicate();
		for (Responses.Listed listed : responses.listed(consultationId)) {
			if (passes.test(listed.excerpt())) {
				byId.put(listed.excerpt().id(), listed.excerpt());
				digests.put(listed.excerpt().id(), listed.digest());
			}
		}
		return groups(CampaignGrouping.groups(digests, responses::texts), byId);
	}

	/** The group a response belongs to among all the consultation's responses. */
	ResponseGroup groupOf(Response response) {
		return groupOf(response, groups(response.consultationId(), ResponseFilter.all(response.kind())));
	}

	/** The group a response belongs to among groups already made. */
	static ResponseGroup groupOf(Response response, List<ResponseGroup> groups) {
		int at = ResponseGroup.indexOf(groups, response);
		return at < 0 ? new ResponseGroup(response, List.of(response)) : groups.get(at);
	}

	static List<ResponseGroup> group(List<Response> all) {
		Map<Long, Response> byId = all.stream()
			.collect(Collectors.toMap(Response::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Map<Long, String> texts = new LinkedHashMap<>();
		all.forEach(r -> texts.put(r.id(), r.body() == null ? "" : r.body()));
		return groups(CampaignGrouping.groups(texts), byId);
	}

	private static List<ResponseGroup> groups(List<List<Long>> ids, Map<Long, Response> byId) {
		return ids.stream()
			.map(group -> group.stream().map(byId::get).toList())
			.map(members -> new ResponseGroup(members.get(0), members))
			.toList();
	}

}
