package dk.rekrut.web;

import java.util.Locale;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.security.CurrentUsers;
import dk.rekrut.shared.RuleViolation;
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
import org.springframework.web.servlet.ModelAndView;

/** What every page's layout needs (who is logged in), and rule violations turned into clear messages. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

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
        Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String uri ? uri : request.getRequestURI();
    }

    /** An upload over the servlet's hard limit never reaches the form's own checks; say so plainly. */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, Locale locale) {
        return ruleViolation(new RuleViolation("error.upload.request-too-large"), request, locale);
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
