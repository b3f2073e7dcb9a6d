package dk.rekrut.security;

import java.util.HashMap;
import java.util.List;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.UserAccounts;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps an OpenID Connect login (Entra ID, Keycloak, KOMBIT) to a Rekrut user created by an administrator.
 * The role comes from Rekrut, not from the identity provider, so the rights matrix has one source.
 */
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME_CLAIM = "rekrut_username";

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccounts accounts;
    private final AuditLog audit;

    private final boolean singleProvider;

    /** {@code singleProvider}: only one provider is configured, so a link made before V30 can only be its. */
    OidcAccountService(UserAccounts accounts, AuditLog audit, boolean singleProvider) {
        this.accounts = accounts;
        this.audit = audit;
        this.singleProvider = singleProvider;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        // An e-mail the provider says it has not verified was typed by the person, so it links to no account
        // (security round sec9). A provider that sends no email_verified (Entra ID) vouches for its directory's addresses.
        String email = Boolean.FALSE.equals(oidc.getEmailVerified()) ? null : oidc.getEmail();
        // The issuer as the ID token states it; Spring Security has checked it against the provider's issuer-uri.
        String issuer = oidc.getIdToken().getClaimAsString("iss");
        var user = accounts.forOidcLogin(issuer, oidc.getSubject(), email, singleProvider).orElse(null);
        if (user == null) {
            // Audited without the person's e-mail or name: they have no account here.
            audit.recordAs("anonymous", AuditAction.LOGIN_FAILED, "User", null,
                "oidc: no active account (" + request.getClientRegistration().getRegistrationId() + ")");
            throw new OAuth2AuthenticationException(new OAuth2Error("no_account", "No Rekrut account for this identity", null));
        }
        var claims = new HashMap<String, Object>(oidc.getUserInfo() == null ? Map.of()
            : oidc.getUserInfo().getClaims());
        claims.put("sub", oidc.getSubject());
        claims.put(USERNAME_CLAIM, user.username());
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(user.role().authority())), oidc.getIdToken(),
            new OidcUserInfo(claims), USERNAME_CLAIM);
    }
}
