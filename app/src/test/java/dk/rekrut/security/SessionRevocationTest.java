package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserView;
import dk.rekrut.support.RekrutTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Security review H1: an administrator who is disabled or demoted while logged in must lose the rights at once,
 * in the session they already have. The reproduction follows the review step by step.
 */
@RekrutTest
class SessionRevocationTest {

    static final String PASSWORD = "sessions-are-not-rights";

    @Autowired MockMvc mvc;
    @Autowired Administration administration;
    @Autowired OrganisationDirectory directory;

    @Test
    void disabledAdministratorLosesAdminRightsInTheOpenSession() throws Exception {
        var tmp = newUser(Role.ADMINISTRATOR);
        Cookie session = login(mvc, tmp.username());
        assertThat(status(get("/admin/users"), session)).isEqualTo(200);

        administration.updateUser(tmp.id(), tmp.displayName(), tmp.email(), tmp.unitId(), Role.ADMIN_SUPPORT, false);

        for (String route : new String[] {"/admin/users", "/admin/audit", "/admin/mailbox", "/start"}) {
            var res = mvc.perform(get(route).cookie(session)).andReturn().getResponse();
            assertThat(res.getStatus()).as(route).isEqualTo(302);
            assertThat(res.getRedirectedUrl()).as(route).contains("/login");
        }
        String persisted = "persist." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", persisted)
            .param("displayName", "Persist").param("email", persisted + "@example.dk")
            .param("unitId", tmp.unitId().toString()).param("role", Role.ADMINISTRATOR.name())
            .param("password", "persist-persist-persist"));
        assertThat(directory.userByUsername(persisted)).isEmpty();
    }

    @Test
    void demotedAdministratorHasTheNewRoleInTheOpenSession() throws Exception {
        var tmp = newUser(Role.ADMINISTRATOR);
        Cookie session = login(mvc, tmp.username());
        assertThat(status(get("/admin/audit"), session)).isEqualTo(200);

        administration.updateUser(tmp.id(), tmp.displayName(), tmp.email(), tmp.unitId(), Role.HR_EXTENDED, true);

        assertThat(status(get("/admin/audit"), session)).isEqualTo(403);
        assertThat(status(get("/admin/mailbox"), session)).isEqualTo(403);
        assertThat(status(get("/cases"), session)).isEqualTo(200);
    }

    @Test
    void promotionAlsoTakesEffectAtOnce() throws Exception {
        var tmp = newUser(Role.HR_EXTENDED);
        Cookie session = login(mvc, tmp.username());
        assertThat(status(get("/admin/users"), session)).isEqualTo(403);
        administration.updateUser(tmp.id(), tmp.displayName(), tmp.email(), tmp.unitId(), Role.ADMINISTRATOR, true);
        assertThat(status(get("/admin/users"), session)).isEqualTo(200);
    }

    /**
     * Security round sec9: an administrator sets a new password for an account whose password got out. Whoever logged
     * in with the old one is logged out at once, on every instance (sessions live in the database); the owner logs in
     * with the new password. The administrator who sets it keeps their own session.
     */
    @Test
    void aNewPasswordEndsTheSessionsOfTheOldOne() throws Exception {
        var stolen = newUser(Role.HR_EXTENDED);
        Cookie intruder = login(mvc, stolen.username());
        Cookie second = login(mvc, stolen.username());
        assertThat(status(get("/cases"), intruder)).isEqualTo(200);
        var admin = newUser(Role.ADMINISTRATOR);
        Cookie adminSession = login(mvc, admin.username());

        var res = mvc.perform(post("/admin/users/" + stolen.id()).cookie(adminSession).with(csrf())
            .param("displayName", stolen.displayName()).param("email", stolen.email())
            .param("unitId", stolen.unitId().toString()).param("role", stolen.role().name()).param("enabled", "true")
            .param("password", "a-brand-new-password")).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(302);

        for (Cookie old : new Cookie[] {intruder, second}) {
            var after = mvc.perform(get("/cases").cookie(old)).andReturn().getResponse();
            assertThat(after.getStatus()).isEqualTo(302);
            assertThat(after.getRedirectedUrl()).contains("/login");
        }
        assertThat(status(get("/admin/users"), adminSession)).as("the administrator's own session").isEqualTo(200);
        var fresh = mvc.perform(formLogin("/login").user(stolen.username()).password("a-brand-new-password"))
            .andReturn().getResponse();
        assertThat(fresh.getRedirectedUrl()).isEqualTo("/start");
    }

    private int status(MockHttpServletRequestBuilder req, Cookie session)
        throws Exception {
        return mvc.perform(req.cookie(session)).andReturn().getResponse().getStatus();
    }

    private UserView newUser(Role role) {
        String username = "revoke." + UUID.randomUUID().toString().substring(0, 8);
        return administration.createUser(new Administration.NewUser(username, "Revoke Test", username + "@example.dk",
            directory.userByUsername("admin").orElseThrow().unitId(), role, PASSWORD));
    }

    /** A real form login; the session lives in the database and travels as the SESSION cookie, as in a browser. */
    static Cookie login(MockMvc mvc, String username) throws Exception {
        var res = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn().getResponse();
        assertThat(res.getRedirectedUrl()).isEqualTo("/start");
        Cookie cookie = res.getCookie("SESSION");
        assertThat(cookie).as("session cookie after login").isNotNull();
        return cookie;
    }
}
