package dk.samspil.accounts;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a generator of the calling thread's own, for the random mask that
 * every page's form token gets anew (so that it never appears twice in a page, against
 * BREACH). One shared {@code new SecureRandom()} reads {@code /dev/urandom} under a lock
 * of the whole JVM on every page view; under load, a thread descheduled while it held
 * that lock kept every other page waiting: in two minutes of the group, home and search
 * pages under wrk, a flight recording counted 54 s of such waits, summed over the
 * threads. Each thread's generator is a DRBG seeded from the system's entropy when the
 * thread first asks. Only {@link #nextBytes} is the thread's own, which is all the form
 * token's mask uses.
 */
final class PerThreadRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient ThreadLocal<SecureRandom> own = ThreadLocal.withInitial(PerThreadRandom::drbg);

	@Override
	public void nextBytes(byte[] bytes) {
		this.own.get().nextBytes(bytes);
	}

	private static SecureRandom drbg() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every JDK since 9 has DRBG; a JVM without it gets what new SecureRandom()
			// gives.
			return new SecureRandom();
		}
	}

}
