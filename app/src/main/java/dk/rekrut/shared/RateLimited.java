package dk.rekrut.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public POST that anyone may send and that mails an address the visitor types in or stores what they send
 * (applications, link re-sending, sign-ups): limited per client address by {@code web.RateLimit}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {
}
