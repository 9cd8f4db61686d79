package dk.samspil.accounts;

import oidc.TestProvider;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Samspil on a real port with two municipalities' providers configured as an installation
 * would: Kolding's, a real one running in the test ({@link TestProvider}), with passwords
 * switched off for Kolding's people; and Fredericia's, which is down. Samspil waits 5
 * seconds for a provider, which the test provider answers well within.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WithProvider {

	static final String KOLDING = "0621";

	static final String FREDERICIA = "0607";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry properties) {
		String kolding = "spring.security.oauth2.client.registration.kolding.";
		properties.add(kolding + "client-id", () -> TestProvider.CLIENT_ID);
		properties.add(kolding + "client-secret", () -> TestProvider.CLIENT_SECRET);
		properties.add(kolding + "client-name", () -> "Kolding Kommune");
		properties.add(kolding + "scope", () -> "openid,email,profile");
		properties.add("spring.security.oauth2.client.provider.kolding.issuer-uri",
				() -> TestProvider.shared().issuer());
		properties.add("samspil.accounts.providers.kolding.municipality", () -> KOLDING);
		properties.add("samspil.accounts.providers.kolding.local-passwords", () -> "false");
		properties.add("samspil.accounts.provider-timeout", () -> "5s");
		String fredericia = "spring.security.oauth2.client.registration.fredericia.";
		properties.add(fredericia + "client-id", () -> TestProvider.CLIENT_ID);
		properties.add(fredericia + "client-name", () -> "Fredericia Kommune");
		properties.add(fredericia + "scope", () -> "openid,email");
		properties.add("spring.security.oauth2.client.provider.fredericia.issuer-uri",
				() -> "http://localhost:" + TestProvider.closedPort());
		properties.add("samspil.accounts.providers.fredericia.municipality", () -> FREDERICIA);
	}

	@BeforeEach
	void trustThisSamspil() {
		TestProvider.shared().trust(samspil());
	}

	/**
	 * Under 127.0.0.1, another site than the provider's (see
	 * {@link TestProvider#issuer()}).
	 */
	String samspil() {
		return "http://127.0.0.1:" + port;
	}

}
