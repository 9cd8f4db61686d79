package dk.samspil;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in demo people, as MockMvc request post-processors. */
public final class Visitors {

	public static final String SECRETARIAT = "sekretariat";

	public static final String CHAIR = "kolding.klima";

	public static final String MEMBER = "vejle.vand";

	private Visitors() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
