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
    public record Credentials(UserView user, String passwordHash) {
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

    /** The account behind a login attempt (the attempt was let through {@link #throttled} first). */
    public Optional<Credentials> credentials(String username) {
        return users.findByUsername(username).map(a -> new Credentials(a.user(), a.passwordHash()));
    }

    /**
     * Whether a login attempt at this name from this address waits, before any account is looked up, so a known and
     * an unknown name are held back alike and in the same time (security review L2). Three counts, all in the
     * database so every instance sees them: this address at this name ({@code max-failures}); this address at any
     * names (four times that: guessing at many names); this name from any addresses (four times that: one account
     * guessed at from many addresses). The last needs at least four addresses, as each stops at its own limit; the
     * owner's password login then waits too, for {@code lockout}; single sign-on is not held back.
     */
    public boolean throttled(String username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(lockout);
        String key = key(username);
        return failures.isLocked(key, address, now)
            || failures.failuresFrom(address, windowStart) >= wideLimit()
            || failures.failuresAt(key, windowStart) >= wideLimit();
    }

    /** How long a held-back attempt waits at most, in whole minutes, for the login page's message. */
    public long lockoutMinutes() {
        return Math.max(1, lockout.toMinutes());
    }

    /** An address over all names, or a name over all addresses, may fail this often in the window before it waits. */
    private int wideLimit() {
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
     * Finds the local user for an OIDC login by the provider's (issuer, subject), else by e-mail (first login links the
     * pair). A subject is unique only within its issuer, so the same subject from another issuer is another person.
     * A link made before issuers were recorded (V30) is taken as this issuer's, and the issuer recorded, only when
     * {@code singleProvider}: then it can only have come from this provider. Users are created by administrators
     * only; an unknown person gets no account.
     */
    @Transactional
    public Optional<UserView> forOidcLogin(String issuer, String subject, String email, boolean singleProvider) {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        var linked = users.findByOidcIdentity(issuer, subject);
        if (linked.isPresent()) {
            return linked.map(UserRepository.Account::user).filter(UserView::enabled);
        }
        var unissued = users.findByUnissuedOidcSubject(subject);
        if (unissued.isPresent()) {
            return unissued.filter(a -> singleProvider && a.user().enabled()).map(a -> {
                users.linkOidcIdentity(a.user().id(), issuer, subject);
                audit.recordAs(a.user().username(), AuditAction.USER_CHANGED, "User", a.user().id(), "oidc issuer recorded");
                return a.user();
            });
        }
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // Only an enabled account without a linked identity is linked, so a refused attempt changes nothing.
        return users.findByEmail(email).filter(a -> a.oidcSubject() == null && a.user().enabled()).map(a -> {
            users.linkOidcIdentity(a.user().id(), issuer, subject);
            audit.recordAs(a.user().username(), AuditAction.USER_CHANGED, "User", a.user().id(), "oidc subject linked");
            return a.user();
        });
    }

    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
