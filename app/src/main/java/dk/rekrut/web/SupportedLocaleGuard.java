package dk.rekrut.web;

import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Only Danish and English have message bundles; anything else falls back to Danish. */
class SupportedLocaleGuard implements HandlerInterceptor {

    private final List<Locale> supported;

    SupportedLocaleGuard(List<Locale> supported) {
        this.supported = supported;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null) {
            Locale current = resolver.resolveLocale(request);
            if (supported.stream().noneMatch(l -> l.getLanguage().equals(current.getLanguage()))) {
                resolver.setLocale(request, response, WebConfiguration.DANISH);
            }
        }
        return true;
    }
}
