package dk.rekrut.security;

import java.util.List;
import dk.rekrut.organisation.UserAccounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
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

    @Override
    public UserDetails loadUserByUsername(String username) {
        var c = accounts.credentials(username, ClientAddress.current()).filter(cr -> cr.passwordHash() != null)
            .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(c.user().username())
            .password(c.passwordHash())
            .authorities(List.of(new SimpleGrantedAuthority(c.user().role().authority())))
            .accountLocked(c.locked())
            .disabled(!c.user().enabled())
            .build();
    }
}
