package dk.samspil.accounts;

import dk.samspil.SamspilTest;
import dk.samspil.Visitors;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SamspilTest
class SessionReadsTest {

	@Autowired
	SessionTouches.Repository sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	FilterRegistrationBean<SessionReads> sessionReads;

	@Autowired
	DelegatingFilterProxyRegistrationBean sessionRepositoryFilterRegistration;

	@Autowired
	ApplicationContext context;

	@Test
	void withinARequestTheSessionIsReadOnceAndOutsideItAnew() throws Exception {
		String id = storedSession();
		withinARequest(() -> {
			SessionTouches.Touched first = sessions.findById(id);
			jdbc.sql("delete from accounts_session where session_id = ?").param(id).update();
			assertThat(sessions.findById(id)).as("asked again within the request").isSameAs(first);
		});
		assertThat(sessions.findById(id)).as("a later request reads the store").isNull();
	}

	@Test
	void aSessionDeletedWithinTheRequestIsNotHandedOutAgain() throws Exception {
		String id = storedSession();
		withinARequest(() -> {
			assertThat(sessions.findById(id)).isNotNull();
			sessions.deleteById(id);
			assertThat(sessions.findById(id)).isNull();
		});
	}

	@Test
	void itWrapsSpringSessionsFilterSoThatPagesStillWork() throws Exception {
		assertThat(sessionReads.getOrder()).isLessThan(sessionRepositoryFilterRegistration.getOrder());
		assertThat(context.getBeansOfType(SessionReads.class)).as("no second registration of the filter as a bean")
			.isEmpty();
		Cookie session = mvc.perform(formLogin().user(Visitors.MEMBER).password("samspil-demo"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/groups").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/groups").cookie(session)).andExpect(status().isOk());
	}

	private String storedSession() {
		SessionTouches.Touched created = sessions.createSession();
		sessions.save(created);
		return created.getId();
	}

	private static void withinARequest(Runnable work) throws Exception {
		new SessionReads().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
				(request, response) -> work.run());
	}

}
