package dk.samspil.accounts;

import java.time.Duration;
import java.util.Map;

import dk.samspil.region.MunicipalityCode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What Samspil adds to each sign-in provider Spring Boot registers, under the same id:
 * {@code samspil.accounts.providers.<id>.municipality} and
 * {@code samspil.accounts.providers.<id>.local-passwords}. The setting that switches
 * passwords off belongs to the provider, because it only makes sense once the
 * municipality has one: a municipality without a provider has nothing to switch to.
 * {@code samspil.accounts.provider-timeout} is how long Samspil waits for any provider
 * ({@link ProviderCalls}).
 */
@ConfigurationProperties("samspil.accounts")
record ProviderSettings(Map<String, Provider> providers, @DefaultValue("10s") Duration providerTimeout) {

	ProviderSettings {
		providers = providers == null ? Map.of() : Map.copyOf(providers);
	}

	/**
	 * @param municipality whose people the provider signs in; none for a provider of the
	 * secretariat's own organisation
	 * @param localPasswords false once the municipality's people sign in with the
	 * provider only
	 */
	record Provider(MunicipalityCode municipality, @DefaultValue("true") boolean localPasswords) {
	}

}
