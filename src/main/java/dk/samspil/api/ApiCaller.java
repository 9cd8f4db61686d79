package dk.samspil.api;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dk.samspil.groups.GroupId;
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

	private final Supplier<Set<GroupId>> groups;

	private Set<GroupId> readable;

	ApiCaller(Long tokenId, String name, MunicipalityCode municipality, Supplier<Set<GroupId>> groups) {
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
	public synchronized Set<GroupId> readableGroups() {
		if (readable == null) {
			readable = Set.copyOf(groups.get());
		}
		return readable;
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
