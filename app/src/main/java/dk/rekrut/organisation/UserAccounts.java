package dk.rekrut.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
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
    private final LoginFailureRepository failures;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    UserAccounts(UserRepository users, LoginFailureRepository failures, AuditLog audit, Clock clock,
                 LoginProperties login) {
        this.users = users;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = login.maxFailures();
        this.lockout = login.lockout();
    }

    /**
     * The account behind a login attempt from {@code address}. "Locked" is about the attempt, not the account: this
     * address has failed too often for this name, or for names in general (security review L2). The owner logging
     * in from elsewhere is not affected, so no one can lock another person out.
     */
    public Optional<Credentials> credentials(String username, String address) {
        boolean locked = throttled(username, address);
        return users.findByUsername(username).map(a -> new Credentials(a.user(), a.passwordHash(), locked));
    }

    private boolean throttled(String username, String address) {
        Instant now = clock.instant();
        return failures.isLocked(key(username), address, now)
            || failures.failuresFrom(address, now.minus(lockout)) >= addressLimit();
    }

    /** An address may fail this many times in the lock-out window, over all names, before all its attempts wait. */
    private int addressLimit() {
        return maxFailures * 4;
    }

    /** Counts a failure for this name (known or not, the same way) and address; locks the pair at the limit. */
    @Transactional
    public void loginFailed(String username, String address) {
        Instant now = clock.instant();
        String key = key(username);
        int count = failures.recordFailure(key, address, now, now.minus(lockout));
        var account = users.findByUsername(username);
        if (account.isEmpty()) {
            audit.recordAs("anonymous", AuditAction.LOGIN_FAILED, "User", null, "unknown user");
        } else {
            audit.recordAs(account.get().user().username(), AuditAction.LOGIN_FAILED, "User", account.get().user().id(),
                "failures=" + count);
        }
        if (count >= maxFailures) {
            failures.lockUntil(key, address, now.plus(lockout));
            account.ifPresent(a -> audit.recordAs(a.user().username(), AuditAction.ACCOUNT_LOCKED, "User", a.user().id(),
                "locked for " + lockout.toMinutes() + " min for the address that failed"));
        }
        failures.deleteOlderThan(now.minus(Duration.ofDays(1)));
    }

    @Transactional
    public void loginSucceeded(UserView user, String how, String address) {
        failures.clear(key(user.username()), address);
        audit.recordAs(user.username(), AuditAction.LOGIN_SUCCEEDED, "User", user.id(), how);
    }

    private static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
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
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
