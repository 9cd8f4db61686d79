package dk.samspil.accounts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How a session's attributes are written to PostgreSQL and read back: Java serialisation,
 * as Spring Session does it, except that the sign-in and the form token, which every
 * signed-in page reads and which change only when the person signs in again, are read
 * from their bytes once per instance and then kept. Deserialising them was 6 to 7 % of a
 * signed-in page's CPU time.
 * <p>
 * A value is kept under its whole serialised form, so what comes back is what reading
 * those bytes would give. Only values nothing changes after sign-in are shared between
 * requests: the form token, which is immutable, and a password sign-in, whose context
 * each request gets a new copy of (a sign-in in one request replaces its own context, not
 * the kept one). Everything else is read anew every time.
 */
final class SessionValues extends GenericConversionService {

	/** Values kept; about 2 kB each, the most recently read first to stay. */
	static final int KEPT = 2_000;

	SessionValues(ClassLoader classLoader) {
		addConverter(Object.class, byte[].class, new SerializingConverter());
		addConverter(byte[].class, Object.class, new Kept(new DeserializingConverter(classLoader)));
	}

	private static final class Kept implements Converter<byte[], Object> {

		private final Converter<byte[], Object> read;

		private final Map<Bytes, Object> kept = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Bytes, Object> eldest) {
				return size() > KEPT;
			}
		};

		Kept(Converter<byte[], Object> read) {
			this.read = read;
		}

		@Override
		public Object convert(byte[] source) {
			Bytes key = new Bytes(source);
			Object value;
			synchronized (this.kept) {
				value = this.kept.get(key);
			}
			if (value == null) {
				value = this.read.convert(source);
				if (!shareable(value)) {
					return value;
				}
				synchronized (this.kept) {
					this.kept.put(key, value);
				}
			}
			return value instanceof SecurityContext context ? new SecurityContextImpl(context.getAuthentication())
					: value;
		}

		private static boolean shareable(Object value) {
			return value instanceof DefaultCsrfToken || value instanceof SecurityContext context
					&& context.getAuthentication() instanceof UsernamePasswordAuthenticationToken;
		}

	}

	/** Serialised bytes as a key: equal when every byte is. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
