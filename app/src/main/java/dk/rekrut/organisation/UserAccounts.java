package dk.rekrut.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: credentials, lock-out after repeated failures, and the link to an OIDC subject.
 * Lock-out state lives in the database so every app instance sees it.
 */
@Service
public class UserAccounts {

    /** What the login needs to know about an account. */
    public record Credentials(UserView user, String passwordHash, boolean locked) {
    }

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    UserAccounts(UserRepository users, AuditLog audit, Clock clock,
                 @Value("${rekrut.login.max-failures:5}") int maxFailures,
                 @Value("${rekrut.login.lockout:PT15M}") Duration lockout) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public Optional<Credentials> credentials(String username) {
        return users.findByUsername(username).map(a -> new Credentials(a.user(), a.passwordHash(),
            a.lockedUntil() != null && a.lockedUntil().isAfter(clock.instant())));
    }

    @Transactional
    public void loginFailed(String username) {
        var account = users.findByUsername(username);
        if (account.isEmpty()) {
            audit.recordAs("anonymous", AuditAction.LOGIN_FAILED, "User", null, "unknown user");
            return;
        }
        UUID id = account.get().user().id();
        int failures = users.incrementFailedLogins(id);
        audit.recordAs(account.get().user().username(), AuditAction.LOGIN_FAILED, "User", id, "failures=" + failures);
        if (failures >= maxFailures) {
            users.lockUntil(id, clock.instant().plus(lockout));
            audit.recordAs(account.get().user().username(), AuditAction.ACCOUNT_LOCKED, "User", id,
                "locked for " + lockout.toMinutes() + " min");
        }
    }

    @Transactional
    public void loginSucceeded(UserView user, String how) {
        users.resetFailedLogins(user.id());
        audit.recordAs(user.username(), AuditAction.LOGIN_SUCCEEDED, "User", user.id(), how);
    }

    /**
     * Finds the local user for an OIDC login: by subject, else by e-mail (first login links the subject).
     * Users are created by administrators only; an unknown person gets no account.
     */
    @Transactional
    public Optional<UserView> forOidcLogin(String subject, String email) {
        var bySubject = users.findByOidcSubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.map(UserRepository.Account::user).filter(UserView::enabled);
        }
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // Only an enabled account without a linked subject is linked, so a refused attempt changes nothing.
        return users.findByEmail(email).filter(a -> a.oidcSubject() == null && a.user().enabled()).map(a -> {
            users.linkOidcSubject(a.user().id(), subject);
            audit.recordAs(a.user().username(), AuditAction.USER_CHANGED, "User", a.user().id(), "oidc subject linked");
            return a.user();
        });
    }

    static PasswordEncoder passwordEncoder() {
        return org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
