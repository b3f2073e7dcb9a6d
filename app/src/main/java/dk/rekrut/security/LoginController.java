package dk.rekrut.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    record OidcProvider(String id, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> clients;

    LoginController(ObjectProvider<ClientRegistrationRepository> clients) {
        this.clients = clients;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<OidcProvider> providers = new ArrayList<>();
        var repo = clients.getIfAvailable();
        if (repo instanceof Iterable<?> registrations) {
            for (Object o : registrations) {
                if (o instanceof ClientRegistration r) {
                    providers.add(new OidcProvider(r.getRegistrationId(), r.getClientName()));
                }
            }
        }
        model.addAttribute("oidcProviders", providers);
        return "login";
    }
}
