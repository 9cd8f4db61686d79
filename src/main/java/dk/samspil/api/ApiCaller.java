package dk.samspil.api;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dk.samspil.groups.GroupId;
import dk.samspil.groups.GroupInfo;
import dk.samspil.region.MunicipalityCode;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who calls the API, as far as what they may read goes. Anonymous callers read what is
 * public. A token reads what a signed-in member reads without belonging to any group; a
 * municipality's token reads besides the private content (meetings, decisions, water
 * runs) of every group in which that municipality has an active member, as its staff
 * there do. Nobody writes through the API.
 * <p>
 * A handler takes it as a parameter; a call without a token gets {@link #anonymous()}.
 * Not a record, so that it is never mistaken for a form.
 */
public final class ApiCaller {

	private static final ApiCaller ANONYMOUS = new ApiCaller(null, null, null, Set::of);

	private final Long tokenId;

	private final String name;

	private final MunicipalityCode municipality;

	private final Supplier<Collection<GroupInfo>> groups;

	private Map<GroupId, GroupInfo> readable;

	ApiCaller(Long tokenId, String name, MunicipalityCode municipality, Supplier<Collection<GroupInfo>> groups) {
		this.tokenId = tokenId;
		this.name = name;
		this.municipality = municipality;
		this.groups = groups;
	}

	public static ApiCaller anonymous() {
		return ANONYMOUS;
	}

	public boolean hasToken() {
		return tokenId != null;
	}

	Long tokenId() {
		return tokenId;
	}

	/** The token's name, as the secretariat gave it; null for an anonymous caller. */
	public String name() {
		return name;
	}

	public Optional<MunicipalityCode> municipality() {
		return Optional.ofNullable(municipality);
	}

	/**
	 * The groups whose private content this caller reads: those its municipality takes
	 * part in, found once per request.
	 */
	public Set<GroupId> readableGroups() {
		return readable().keySet();
	}

	/**
	 * The same groups with their slugs and names, so that a resource needs no query of
	 * its own to name them or to find one by its slug.
	 */
	public synchronized Map<GroupId, GroupInfo> readable() {
		if (readable == null) {
			readable = groups.get().stream().collect(Collectors.toUnmodifiableMap(GroupInfo::id, Function.identity()));
		}
		return readable;
	}

	/** The group with this slug, if this caller reads it. */
	public Optional<GroupInfo> readableGroup(String slug) {
		return hasToken() ? readable().values().stream().filter(group -> group.slug().equals(slug)).findFirst()
				: Optional.empty();
	}

	public boolean readsGroup(GroupId group) {
		return hasToken() && readableGroups().contains(group);
	}

	/**
	 * Refuses a caller without a token (401), for what the site shows only to people
	 * signed in.
	 */
	public ApiCaller requireToken() {
		if (!hasToken()) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"This resource needs an API token: send it as 'Authorization: Bearer <token>'.");
		}
		return this;
	}

	@Override
	public String toString() {
		return hasToken() ? "token " + tokenId + " (" + name + ")" : "anonymous";
	}

}
