package dk.samspil.search;

import java.util.Set;

import dk.samspil.accounts.PersonId;

/**
 * Implemented by a module that decides case by case who may read some of its content: the
 * keys a person holds, matched against the {@link SearchEntry#readers()} of its entries
 * when the person searches. Asked anew at every search, so a right given or taken away
 * counts at once, without indexing anything again.
 */
public interface Readers {

	/** Keys the module grants the person; each should start with the module's name. */
	Set<String> keysOf(PersonId person);

}
