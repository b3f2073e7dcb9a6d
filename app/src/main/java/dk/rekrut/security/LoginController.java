package dk.rekrut.security;

import java.util.ArrayList;
import java.util.List;
import dk.rekrut.organisation.UserAccounts;
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
    private final UserAccounts accounts;

    LoginController(ObjectProvider<ClientRegistrationRepository> clients, UserAccounts accounts) {
        this.clients = clients;
        this.accounts = accounts;
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
        model.addAttribute("lockoutMinutes", accounts.lockoutMinutes());
        return "login";
    }
}
