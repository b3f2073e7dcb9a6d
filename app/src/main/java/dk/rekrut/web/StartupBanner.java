package dk.rekrut.web;

import dk.rekrut.shared.LoginHint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The start-up log's last line: where Rekrut answers and who can log in (new-user review, 1.4). */
@Component
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final ObjectProvider<LoginHint> hints;
    private final String address;
    private final String contextPath;

    StartupBanner(ObjectProvider<LoginHint> hints, @Value("${server.address:}") String address,
                  @Value("${server.servlet.context-path:}") String contextPath) {
        this.hints = hints;
        this.address = address;
        this.contextPath = contextPath;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void announce(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
            && web.getWebServer().getPort() > 0) {
            LOG.info(line(web.getWebServer().getPort()));
        }
    }

    String line(int port) {
        String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
        var hint = hints.getIfAvailable();
        return "Rekrut kører på http://" + host + ":" + port + contextPath + "/: "
            + (hint == null ? "log ind med din egen bruger" : hint.text());
    }
}
