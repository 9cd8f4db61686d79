package dk.samspil.consultations;

import java.util.List;

/**
 * A response as it arrives, checked and ready to store; {@code clientNetwork} is what its
 * address limit counts.
 */
record NewResponse(String formToken, String name, String email, String postcode, String municipality,
		String organisation, List<String> anchors, String body, List<Upload> attachments, String clientNetwork) {

	record Upload(String filename, String contentType, byte[] content) {
	}
}
