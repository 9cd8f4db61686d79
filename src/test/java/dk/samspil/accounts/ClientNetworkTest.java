package dk.samspil.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientNetworkTest {

	@ParameterizedTest
	@ValueSource(strings = { "192.0.2.7", " 192.0.2.7 ", "192.000.002.007", "::ffff:192.0.2.7", "::FFFF:192.0.2.7",
			"::ffff:c000:207", "0:0:0:0:0:ffff:c000:0207", "[::ffff:192.0.2.7]" })
	void anIpv4AddressIsItsOwnKeyHoweverItIsWritten(String address) {
		assertThat(ClientNetwork.of(address)).isEqualTo("192.0.2.7");
	}

	@Test
	void everyIpv4AddressHasAKeyOfItsOwn() {
		assertThat(ClientNetwork.of("192.0.2.8")).isEqualTo("192.0.2.8");
		assertThat(ClientNetwork.of("::ffff:192.0.2.8")).isEqualTo("192.0.2.8");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2001:db8:1:2::7", "2001:0db8:0001:0002:0000:0000:0000:0007", "2001:DB8:1:2::7",
			"2001:db8:1:2:0:0:0:7", "[2001:db8:1:2::7]", "2001:db8:1:2::7%eth0", "[2001:db8:1:2::7%25eth0]",
			"2001:db8:1:2::7%3", "2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::", "2001:db8:1:2:a:b:192.0.2.7" })
	void anIpv6AddressStandsForItsSlash64HoweverItIsWritten(String address) {
		assertThat(ClientNetwork.of(address)).isEqualTo("2001:db8:1:2::/64");
	}

	@ParameterizedTest
	@CsvSource({ "2001:db8:1:3::7, 2001:db8:1:3::/64", "2001:db8:2:2::7, 2001:db8:2:2::/64",
			"2001:db9:1:2::7, 2001:db9:1:2::/64", "2001:db8::7, 2001:db8:0:0::/64", "fe80::1%eth0, fe80:0:0:0::/64",
			"::1, 0:0:0:0::/64" })
	void anotherSlash64IsAnotherKey(String address, String key) {
		assertThat(ClientNetwork.of(address)).isEqualTo(key);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "localhost", "unknown", "999.1.2.3", "192.0.2", "2001:db8::1::2", "2001:db8:g::1",
			"1:2:3:4:5:6:7:8:9", ":", ".::1" })
	void whatIsNoAddressComesBackAsItIsAndIsNeverLookedUp(String notAnAddress) {
		// "localhost" would come back as 127.0.0.1 if it were looked up.
		assertThat(ClientNetwork.of(notAnAddress)).isEqualTo(notAnAddress);
	}

	@Test
	void noAddressIsNoKey() {
		assertThat(ClientNetwork.of(null)).isNull();
	}

}
