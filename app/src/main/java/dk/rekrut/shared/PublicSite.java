package dk.rekrut.shared;

import java.net.URI;
import org.springframework.stereotype.Component;

/**
 * The site's public address, from configuration ({@code rekrut.public-base-url}). Every link in an e-mail and every
 * absolute URL the site publishes is built from it, never from the request's Host or X-Forwarded-* headers, which any
 * client can set: a link built from them lets an attacker have the institution mail an applicant's private link to
 * the attacker's host (security review H2).
 */
@Component
public class PublicSite {

    private final String baseUrl;

    PublicSite(PublicSiteProperties settings) {
        this.baseUrl = checked(settings.publicBaseUrl());
    }

    /** The base URL without a trailing slash, e.g. {@code https://job.kk.dk}. */
    public String baseUrl() {
        return baseUrl;
    }

    static String checked(String configured) {
        String base = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rekrut.public-base-url is not a URL: " + configured, e);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
            || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalStateException("rekrut.public-base-url must be an absolute http(s) address such as "
                + "https://job.example.dk, not: " + configured);
        }
        return base;
    }
}
