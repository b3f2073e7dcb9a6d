package dk.rekrut.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pages opened with a private link, whose token is the key to them: {@code web.PrivateLinkHeaders} keeps the address
 * out of referrers, caches and search indexes ({@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store},
 * {@code X-Robots-Tag: noindex, nofollow}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PrivateLink {
}
