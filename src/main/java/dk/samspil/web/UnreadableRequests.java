package dk.samspil.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A form with files whose body does not parse (no boundary, cut off halfway), or a
 * parameter that is not UTF-8 ({@code ?q=%FF}), was not sent by one of the pages as they
 * are: the error page for a bad request, not a server error, and nothing in the log,
 * where the container put each such request as an error with its stack trace.
 */
@ControllerAdvice
class UnreadableRequests {

	@ExceptionHandler(MultipartException.class)
	void unreadable(MultipartException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex instanceof MaxUploadSizeExceededException ? HttpStatus.PAYLOAD_TOO_LARGE.value()
				: HttpStatus.BAD_REQUEST.value());
	}

	@ExceptionHandler(InvalidParameterException.class)
	void undecodable(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
