package dk.rekrut.security;

import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;

/** Counts failed logins (for lock-out) and audits logins. */
@Component
class LoginEvents {

    private final UserAccounts accounts;
    private final OrganisationDirectory directory;

    LoginEvents(UserAccounts accounts, OrganisationDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.loginFailed(event.getAuthentication().getName(), ClientAddress.of(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String how = event.getAuthentication() instanceof OAuth2LoginAuthenticationToken
            || event.getAuthentication().getClass().getSimpleName().startsWith("OAuth2") ? "oidc" : "local";
        directory.userByUsername(event.getAuthentication().getName())
            .ifPresent(u -> accounts.loginSucceeded(u, how, ClientAddress.of(event.getAuthentication())));
    }
}
