package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

@RekrutTest
class LocalLoginTest {

    @Autowired MockMvc mvc;
    @Autowired Administration administration;
    @Autowired OrganisationDirectory directory;
    @Autowired AuditLog audit;

    private String newUser(String password) {
        String username = "login." + UUID.randomUUID().toString().substring(0, 8);
        administration.createUser(new Administration.NewUser(username, "Login Test", username + "@example.dk",
            directory.userByUsername("hr.udvidet").orElseThrow().unitId(), Role.HR_EXTENDED, password));
        return username;
    }

    @Test
    void correctPasswordLogsInAndIsAudited() throws Exception {
        String username = newUser("korrekt-hest-batteri");
        mvc.perform(formLogin("/login").user(username).password("korrekt-hest-batteri"))
            .andExpect(redirectedUrl("/start"));
        assertThat(audit.search(new AuditQuery(username, AuditAction.LOGIN_SUCCEEDED, null, null, null, 10))).hasSize(1);
    }

    @Test
    void accountLocksAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
        String username = newUser("korrekt-hest-batteri");
        for (int i = 0; i < 3; i++) { // rekrut.login.max-failures=3 in the test profile
            mvc.perform(formLogin("/login").user(username).password("forkert-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password("korrekt-hest-batteri"))
            .andExpect(redirectedUrl("/login?locked"));
        assertThat(audit.search(new AuditQuery(username, AuditAction.ACCOUNT_LOCKED, null, null, null, 10))).hasSize(1);
        assertThat(audit.search(new AuditQuery(username, AuditAction.LOGIN_FAILED, null, null, null, 10))).hasSize(3);
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("findes.ikke").password("hvad-som-helst"))
            .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formsAndHtmxRequestsNeedTheCsrfToken() throws Exception {
        var hr = user("hr.udvidet").authorities(new SimpleGrantedAuthority(Role.HR_EXTENDED.authority()));
        mvc.perform(post("/cases").with(hr).param("title", "Uden token")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "hr.udvidet").param("password", "x")).andExpect(status().isForbidden());
        String someCase = "/cases/" + UUID.randomUUID() + "/posting/preview";
        mvc.perform(post(someCase).with(hr).header("HX-Request", "true")).andExpect(status().isForbidden());
        // The htmx way: the token travels as a header (see static/js/rekrut.js); then the request passes CSRF.
        mvc.perform(post(someCase).with(hr).with(csrf().asHeader()).header("HX-Request", "true"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/cases").with(hr)).andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("name=\"_csrf_header\"")));
    }
}
