package dk.rekrut.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Danish first, English second: ?lang=en switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("rekrut-lang");
        resolver.setDefaultLocale(DANISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> DANISH);
        return resolver;
    }

    /**
     * Multipart requests up to {@code rekrut.upload.in-memory-request-limit} are parsed by {@link InMemoryMultipartFilter}
     * (before Spring Security, whose CSRF check reads a form field); it never takes more than the servlet's own
     * limits allow, and keeps the container's limits on parts.
     */
    @Bean
    FilterRegistrationBean<InMemoryMultipartFilter> inMemoryMultipartFilter(
        InMemoryMultipartProperties settings,
        @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
        @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
        @Value("${server.tomcat.max-part-count:50}") int maxParts,
        @Value("${server.tomcat.max-part-header-size:512B}") DataSize maxPartHeader) {
        long bytes = Math.min(settings.inMemoryRequestLimit().toBytes(), Math.min(maxFile.toBytes(), maxRequest.toBytes()));
        var registration = new FilterRegistrationBean<>(
            new InMemoryMultipartFilter(bytes, maxParts < 0 ? Integer.MAX_VALUE : maxParts,
                maxPartHeader.toBytes() < 0 ? Integer.MAX_VALUE : (int) Math.min(maxPartHeader.toBytes(), Integer.MAX_VALUE)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new SupportedLocaleGuard(List.of(DANISH, Locale.ENGLISH)));
    }
}
