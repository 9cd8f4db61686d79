package dk.samspil.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PersonUserDetailsService implements UserDetailsService {

	private final People people;

	PersonUserDetailsService(People people) {
		this.people = people;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (username.indexOf('\0') >= 0) {
			// PostgreSQL text cannot hold it, so nobody has it; asking would only fill
			// the log with its refusal.
			throw new UsernameNotFoundException(username);
		}
		Person person = people.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new SignedInUser(person);
	}

}
