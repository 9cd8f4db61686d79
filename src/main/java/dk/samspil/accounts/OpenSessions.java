package dk.samspil.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A person's open sessions. What a session may do was fixed when it signed in, so a
 * change to a person's login takes effect only when their sessions end.
 */
@Component
class OpenSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	OpenSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends the sessions signed in with this username once the change commits: a sign-in
	 * while the change is still being written would read the person as they were and keep
	 * that session; one after the commit reads them as they are now. A change that rolls
	 * back ends nothing.
	 */
	void endAfterCommit(String username) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
			}
		});
	}

}
