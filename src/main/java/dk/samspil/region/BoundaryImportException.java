package dk.samspil.region;

import dk.samspil.rules.Refusal;

/**
 * Why a boundary file was refused, as a message key and its arguments, so the page can
 * say it in any language.
 */
class BoundaryImportException extends Refusal {

	BoundaryImportException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
