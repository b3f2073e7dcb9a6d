package dk.rekrut.web;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.util.Locale;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.security.CurrentUsers;
import dk.rekrut.shared.InvalidInput;
import dk.rekrut.shared.RuleViolation;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/** What every page's layout needs (who is logged in), and rule violations turned into clear messages. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutAdvice.class);

    private final CurrentUsers currentUsers;
    private final MessageSource messages;

    LayoutAdvice(CurrentUsers currentUsers, MessageSource messages) {
        this.currentUsers = currentUsers;
        this.messages = messages;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return currentUsers.current().orElse(null);
    }

    /** The page's own address, for the language link; on an error page, the address that failed, never /error. */
    @ModelAttribute("requestUri")
    String requestUri(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri ? uri : request.getRequestURI();
    }

    /** An upload over the servlet's hard limit never reaches the form's own checks; say so plainly. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        return ruleViolation(new RuleViolation("error.upload.request-too-large"), request, locale);
    }

    /** Fields over their limits or out of range: 422 with one entry per field for the API, the first on a page. */
    @ExceptionHandler(InvalidInput.class)
    Object invalidInput(InvalidInput e, HttpServletRequest request, Locale locale) {
        if (!isApi(request)) {
            return ruleViolation(e, request, locale);
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
            messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        problem.setProperty("code", e.messageKey());
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "code", p.messageKey(),
            "message", messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale))).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A value the database refused (too long, out of range, a broken constraint) that no check caught first. The
     * exception's message quotes the value, which can be personal data: only its class and SQL state are logged,
     * and the caller gets a 422 instead of a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object refusedByDatabase(DataIntegrityViolationException e, HttpServletRequest request, Locale locale) {
        // The route's pattern, not the address: a private link's address is the applicant's key.
        LOG.warn("Refused by the database: {} (SQL state {}) on {} {}", e.getClass().getSimpleName(), sqlState(e),
            request.getMethod(), request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        var violation = new RuleViolation("error.input.refused");
        String text = messages.getMessage(violation.messageKey(), null, violation.messageKey(), locale);
        if (isApi(request)) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text);
            problem.setProperty("code", violation.messageKey());
            return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var mav = new ModelAndView("error/rule");
        mav.addObject("message", text);
        mav.addObject("me", me());
        mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        return mav;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation e, HttpServletRequest request, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // Understood but refused by a rule: 422 with the message key, as for applications (ApplicationApiController).
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, text);
            problem.setProperty("code", e.messageKey());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        var mav = new ModelAndView("error/rule");
        mav.addObject("message", text);
        mav.addObject("me", me());
        mav.setStatus(HttpStatus.BAD_REQUEST);
        return mav;
    }
}
