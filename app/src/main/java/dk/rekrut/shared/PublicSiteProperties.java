package dk.rekrut.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The site's public address ({@code rekrut.public-base-url}), read by {@link PublicSite}.
 *
 * @param publicBaseUrl the absolute http(s) address every link in mail and every published URL is built from
 */
@ConfigurationProperties("rekrut")
record PublicSiteProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
