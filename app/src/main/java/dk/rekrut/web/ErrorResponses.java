package dk.rekrut.web;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (a malformed id, a missing parameter, a wrong method) as RFC 9457 problem details for the
 * API only; a page gets the site's HTML error page in the reader's language with a way back, never raw JSON in the
 * browser (new-user review, problem 12). A mistyped id in a page's address ({@code /jobs/does-not-exist}) is a page
 * that does not exist: 404. Replaces Spring Boot's handler, which answered JSON everywhere, in its place (order 0).
 */
@ControllerAdvice
@Order(0)
class ErrorResponses extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        var http = request instanceof NativeWebRequest n ? n.getNativeRequest(HttpServletRequest.class) : null;
        var response = request instanceof NativeWebRequest n ? n.getNativeResponse(HttpServletResponse.class) : null;
        if (http == null || response == null || isApi(http) || response.isCommitted()) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        int status = ex instanceof MethodArgumentTypeMismatchException m && m.getParameter().hasParameterAnnotation(PathVariable.class)
            ? HttpStatus.NOT_FOUND.value() : statusCode.value();
        headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        try {
            // The container's error dispatch renders error/404, error/4xx … with the layout, like every other error.
            response.sendError(status);
        } catch (IOException e) {
            return super.handleExceptionInternal(ex, body, headers, statusCode, request);
        }
        return null;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
