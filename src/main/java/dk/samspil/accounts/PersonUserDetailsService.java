package dk.samspil.accounts;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class PersonUserDetailsService implements UserDetailsService {

	private final People people;

	private final Clock clock;

	PersonUserDetailsService(People people, Clock clock) {
		this.people = people;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Person person = people.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
		return new SignedInUser(person, person.isLocked(clock.instant()));
	}
}
