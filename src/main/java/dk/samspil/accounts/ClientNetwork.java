package dk.samspil.accounts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a per-address limit counts a client by (failed sign-ins, consultation responses).
 * An IPv4 address stands for itself. An IPv6 client is normally given a whole /64 and can
 * take any address in it, so an IPv6 address stands for its /64: without that, hopping to
 * a fresh address would slip past every per-address limit.
 */
public final class ClientNetwork {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	/**
	 * Only hex digits, colons and dots, with at least one colon and no dot first: such a
	 * string is parsed as an IPv6 literal or refused, and never looked up as a host name.
	 */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

	private ClientNetwork() {
	}

	/**
	 * The key of the network an address belongs to: the IPv4 address itself
	 * ({@code 192.0.2.7}), also when it comes IPv4-mapped ({@code ::ffff:192.0.2.7}), or
	 * the IPv6 address's /64 ({@code 2001:db8:1:2::/64}), the same for every spelling of
	 * it (compressed or not, any case, in brackets, with a zone id). Anything else, which
	 * no servlet container reports for a real client, comes back as it is (null as null),
	 * so it is still counted by what it is. Never asks DNS.
	 */
	public static String of(String address) {
		if (address == null) {
			return null;
		}
		String bare = withoutBracketsOrZone(address.strip());
		Matcher ipv4 = IPV4.matcher(bare);
		if (ipv4.matches()) {
			String key = ipv4(ipv4);
			return key == null ? address : key;
		}
		if (!IPV6.matcher(bare).matches()) {
			return address;
		}
		try {
			InetAddress parsed = InetAddress.getByName(bare);
			return parsed instanceof Inet6Address ? slash64(parsed.getAddress()) : parsed.getHostAddress();
		}
		catch (UnknownHostException notAnAddress) {
			return address;
		}
	}

	private static String withoutBracketsOrZone(String address) {
		String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
				: address;
		int zone = bare.indexOf('%');
		return zone < 0 ? bare : bare.substring(0, zone);
	}

	/** The four numbers without leading zeros, or null when one is over 255. */
	private static String ipv4(Matcher parts) {
		var key = new StringJoiner(".");
		for (int part = 1; part <= 4; part++) {
			int number = Integer.parseInt(parts.group(part));
			if (number > 255) {
				return null;
			}
			key.add(Integer.toString(number));
		}
		return key.toString();
	}

	private static String slash64(byte[] address) {
		var key = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			key.append(Integer.toHexString((address[2 * group] & 0xff) << 8 | address[2 * group + 1] & 0xff))
				.append(':');
		}
		return key.append(":/64").toString();
	}

}
