package dk.samspil.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PersonUserDetailsService implements UserDetailsService {

	private final People people;

	private final Providers providers;

	PersonUserDetailsService(People people, Providers providers) {
		this.people = people;
		this.providers = providers;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (username.indexOf('\0') >= 0) {
			// PostgreSQL text cannot hold it, so nobody has it; asking would only fill
			// the log with its refusal.
			throw new UsernameNotFoundException(username);
		}
		Person person = people.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new SignedInUser(person, providers.passwordsAllowed(person.municipality()));
	}

}
