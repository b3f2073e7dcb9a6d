package dk.rekrut.web;

import java.util.Locale;
import dk.rekrut.storage.StorageUnavailableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file store that cannot write (disk full, read-only, bucket away) is a passing outage, not a server error: the
 * visitor is told that nothing was saved and to try again shortly, with 503 and Retry-After (security review L1).
 */
@ControllerAdvice(annotations = Controller.class)
class StorageUnavailableAdvice {

    static final String RETRY_AFTER_SECONDS = "60";
    private static final Logger LOG = LoggerFactory.getLogger(StorageUnavailableAdvice.class);

    private final MessageSource messages;

    StorageUnavailableAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StorageUnavailableException.class)
    Object unavailable(StorageUnavailableException e, HttpServletRequest request, HttpServletResponse response,
                       Locale locale) {
        // The cause's class and message name a path of the store, never a person.
        LOG.error("File store cannot write: {}", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        String text = messages.getMessage("error.storage.unavailable", null, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, text);
            problem.setProperty("code", "error.storage.unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        var mav = new ModelAndView("error/unavailable");
        mav.addObject("message", text);
        mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        return mav;
    }
}
