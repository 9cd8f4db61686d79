package dk.samspil.api;

import java.util.Comparator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.samspil.groups.GroupDirectory;
import dk.samspil.groups.GroupInfo;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The groups, as every signed-in member sees their list. Here rather than in
 * {@code groups}, which the API's mechanics themselves use to know what a municipality
 * reads.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Groups")
class GroupApi {

	/**
	 * {@code readable}: whether this caller reads the group's meetings and decisions.
	 */
	record GroupView(String slug, String name, String kind, boolean closed, boolean readable) {

		static GroupView of(GroupInfo group, ApiCaller caller) {
			return new GroupView(group.slug(), group.name(), group.kind().name(), group.closed(),
					caller.readsGroup(group.id()));
		}
	}

	private final GroupDirectory groups;

	GroupApi(GroupDirectory groups) {
		this.groups = groups;
	}

	@GetMapping("/groups")
	@Operation(summary = "The collaboration's groups, by name (needs a token)")
	Paged<GroupView> list(ApiCaller caller, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		caller.requireToken();
		ApiPage asked = ApiPage.of(page, size);
		return Paged.of(groups.all()
			.stream()
			.sorted(Comparator.comparing(GroupInfo::name))
			.map(group -> GroupView.of(group, caller))
			.toList(), asked);
	}

	@GetMapping("/groups/{slug}")
	@Operation(summary = "One group (needs a token)")
	GroupView one(ApiCaller caller, @PathVariable String slug) {
		caller.requireToken();
		return groups.findBySlug(slug)
			.map(group -> GroupView.of(group, caller))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "There is no such group."));
	}

}
