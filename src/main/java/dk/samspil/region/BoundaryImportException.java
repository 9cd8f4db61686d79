package dk.samspil.region;

/**
 * Why a boundary file was refused, as a message key and its arguments, so the page can
 * say it in any language.
 */
class BoundaryImportException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	BoundaryImportException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
