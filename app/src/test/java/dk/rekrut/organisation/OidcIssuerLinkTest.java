package dk.rekrut.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An OIDC link is (issuer, subject): the same subject sent by another issuer (another tenant or provider, where
 * anyone may register and pick or be given that subject) is another person and reaches no account.
 */
@RekrutTest
class OidcIssuerLinkTest {

    static final String ISSUER = "https://login.example.dk/kommune/v2.0";
    static final String OTHER_ISSUER = "https://login.example.dk/anden-tenant/v2.0";

    @Autowired UserAccounts accounts;
    @Autowired Administration administration;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    private UserView newUser() {
        String username = "oidc." + UUID.randomUUID().toString().substring(0, 8);
        administration.createUser(new Administration.NewUser(username, "OIDC Test", username + "@example.dk",
            directory.userByUsername("hr.udvidet").orElseThrow().unitId(), Role.HR_EXTENDED, null));
        return directory.userByUsername(username).orElseThrow();
    }

    @Test
    void theSameSubjectFromAnotherIssuerReachesNoAccount() {
        var user = newUser();
        String subject = "sub-" + UUID.randomUUID();
        assertThat(accounts.forOidcLogin(ISSUER, subject, user.email(), true)).map(UserView::id).contains(user.id());
        assertThat(accounts.forOidcLogin(ISSUER, subject, null, true)).map(UserView::id).contains(user.id());

        assertThat(accounts.forOidcLogin(OTHER_ISSUER, subject, null, true)).isEmpty();
        assertThat(accounts.forOidcLogin(OTHER_ISSUER, subject, user.email(), false)).isEmpty();
        assertThat(jdbc.sql("SELECT oidc_issuer FROM app_user WHERE id = ?").param(user.id()).query(String.class)
            .single()).isEqualTo(ISSUER);
    }

    /** Two issuers may hand out the same subject to two different people; each gets their own account. */
    @Test
    void twoIssuersMayUseOneSubjectForTwoPeople() {
        var first = newUser();
        var second = newUser();
        String subject = "sub-" + UUID.randomUUID();
        assertThat(accounts.forOidcLogin(ISSUER, subject, first.email(), false)).map(UserView::id).contains(first.id());
        assertThat(accounts.forOidcLogin(OTHER_ISSUER, subject, second.email(), false)).map(UserView::id)
            .contains(second.id());
        assertThat(accounts.forOidcLogin(OTHER_ISSUER, subject, null, false)).map(UserView::id).contains(second.id());
    }

    /**
     * A link made before V30 has no issuer. With one provider configured it can only be that provider's: the user
     * logs in as before and the issuer is recorded. With several, the link is not guessed at.
     */
    @Test
    void aLinkWithoutIssuerKeepsWorkingForTheSingleProviderAndGetsItsIssuer() {
        var kept = newUser();
        var refused = newUser();
        String keptSubject = "old-" + UUID.randomUUID();
        String refusedSubject = "old-" + UUID.randomUUID();
        jdbc.sql("UPDATE app_user SET oidc_subject = ?, oidc_issuer = NULL WHERE id = ?").params(keptSubject, kept.id())
            .update();
        jdbc.sql("UPDATE app_user SET oidc_subject = ?, oidc_issuer = NULL WHERE id = ?")
            .params(refusedSubject, refused.id()).update();

        assertThat(accounts.forOidcLogin(ISSUER, keptSubject, null, true)).map(UserView::id).contains(kept.id());
        assertThat(jdbc.sql("SELECT oidc_issuer FROM app_user WHERE id = ?").param(kept.id()).query(String.class)
            .single()).isEqualTo(ISSUER);
        assertThat(accounts.forOidcLogin(OTHER_ISSUER, keptSubject, null, true)).isEmpty();

        assertThat(accounts.forOidcLogin(ISSUER, refusedSubject, refused.email(), false)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE id = ? AND oidc_issuer IS NULL").param(refused.id())
            .query(Integer.class).single()).isEqualTo(1);
    }
}
