package dk.rekrut.security;

import java.util.List;
import java.util.UUID;
import dk.rekrut.organisation.UserAccounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class LocalAccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    LocalAccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * What a held-back attempt's password is compared with: the hash of a random secret nobody knows, made by the same
     * encoder as the users' hashes, so the comparison takes as long as a real one and never matches. (Spring Security
     * compares the password of a locked account too, then answers LockedException.)
     */
    private final String heldBackHash = PasswordEncoderFactories.createDelegatingPasswordEncoder()
        .encode(UUID.randomUUID().toString() + UUID.randomUUID());

    @Override
    public UserDetails loadUserByUsername(String username) {
        // Before the account is looked up: a held-back attempt at a known name and at an unknown one take the same path,
        // so neither the answer nor its timing tells them apart, and a right password cannot be told from a wrong one.
        if (accounts.throttled(username, ClientAddress.current())) {
            return User.withUsername(username == null || username.isEmpty() ? "-" : username).password(heldBackHash)
                .accountLocked(true).build();
        }
        var c = accounts.credentials(username).filter(cr -> cr.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(c.user().username())
            .password(c.passwordHash())
            .authorities(List.of(new SimpleGrantedAuthority(c.user().role().authority())))
            .disabled(!c.user().enabled())
            .build();
    }
}
