package dk.rekrut.web;

import dk.rekrut.shared.PrivateLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The headers of every page marked {@link PrivateLink}: its address is a key, so no referrer, no cache and no search
 * index (a crawler that meets a leaked link must not keep it).
 */
@Configuration(proxyBeanMethods = false)
class PrivateLinkHeaders implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(PrivateLink.class)
            || method.getBeanType().isAnnotationPresent(PrivateLink.class))) {
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        return true;
    }
}
