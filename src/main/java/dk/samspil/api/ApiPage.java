package dk.samspil.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which page of a list a caller asks for: {@code page} counts from 0, {@code size} is at
 * most {@link #MAX_SIZE}. A page past the last is empty, not an error.
 */
public record ApiPage(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Refuses a page below 0 or a size outside 1 to {@link #MAX_SIZE} with a 400. */
	public static ApiPage of(int page, int size) {
		if (page < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'page' counts from 0; " + page + " is not a page.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"'size' must be between 1 and " + MAX_SIZE + ", not " + size + ".");
		}
		return new ApiPage(page, size);
	}

	public long offset() {
		return (long) page * size;
	}

}
