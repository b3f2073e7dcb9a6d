package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

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
    void anAddressThatFailsTooOftenIsHeldBackEvenWithTheRightPassword() throws Exception {
        String username = newUser("korrekt-hest-batteri");
        for (int i = 0; i < 3; i++) { // rekrut.login.max-failures=3 in the test profile
            mvc.perform(login(username, "forkert-" + i, "10.20.0.1"))
                .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(username, "korrekt-hest-batteri", "10.20.0.1"))
            .andExpect(redirectedUrl("/login?throttled"));
        assertThat(audit.search(new AuditQuery(username, AuditAction.ACCOUNT_LOCKED, null, null, null, 10))).hasSize(1);
        assertThat(audit.search(new AuditQuery(username, AuditAction.LOGIN_FAILED, null, null, null, 10))).hasSize(3);
    }

    /** Security review L2: anyone could lock the administrator out with five bad passwords. */
    @Test
    void noOneCanLockTheOwnerOutFromAnotherAddress() throws Exception {
        String username = newUser("korrekt-hest-batteri");
        for (int i = 0; i < 10; i++) {
            mvc.perform(login(username, "forkert-" + i, "10.20.0.2"));
        }
        mvc.perform(login(username, "korrekt-hest-batteri", "10.20.0.3"))
            .andExpect(redirectedUrl("/start"));
        var api = mvc.perform(get("/api/v1/cases").with(httpBasic(username, "korrekt-hest-batteri")).with(from("10.20.0.3")))
            .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
    }

    /** Security review L2: the answers must not tell which user names exist, also once attempts are held back. */
    @Test
    void knownAndUnknownNamesGetTheSameAnswersAllTheWay() throws Exception {
        String known = newUser("korrekt-hest-batteri");
        String unknown = "findes.ikke." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 6; i++) {
            var a = mvc.perform(login(known, "forkert", "10.20.0.4")).andReturn().getResponse();
            var b = mvc.perform(login(unknown, "forkert", "10.20.0.5")).andReturn().getResponse();
            assertThat(a.getStatus()).as("attempt %d", i).isEqualTo(b.getStatus());
            assertThat(a.getRedirectedUrl()).as("attempt %d", i).isEqualTo(b.getRedirectedUrl())
                .isEqualTo(i < 3 ? "/login?error" : "/login?throttled");
            assertThat(a.getCookie("SESSION")).as("no session for a failed login").isNull();
        }
    }

    /** Guessing at many names from one address holds the address back, whatever name it tries next. */
    @Test
    void anAddressThatGuessesAtManyNamesIsHeldBack() throws Exception {
        String username = newUser("korrekt-hest-batteri");
        for (int i = 0; i < 12; i++) { // 4 x max-failures over any names
            mvc.perform(login("gaet." + i, "forkert", "10.20.0.6"));
        }
        mvc.perform(login(username, "korrekt-hest-batteri", "10.20.0.6"))
            .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login(username, "korrekt-hest-batteri", "10.20.0.7"))
            .andExpect(redirectedUrl("/start"));
    }

    /**
     * One name guessed at from many addresses (a botnet stays under each address's limit): the name waits as a whole,
     * and an unknown name exactly alike, so the held-back answer tells nothing either.
     */
    @Test
    void oneNameGuessedAtFromManyAddressesIsHeldBack() throws Exception {
        String known = newUser("korrekt-hest-batteri");
        String unknown = "findes.ikke." + UUID.randomUUID().toString().substring(0, 8);
        for (String name : new String[] {known, unknown}) {
            for (int i = 0; i < 12; i++) { // 4 x max-failures, 3 from each of 4 addresses
                mvc.perform(login(name, "forkert-" + i, "10.20." + (name.equals(known) ? 1 : 2) + "." + (i / 3)))
                    .andExpect(redirectedUrl("/login?error"));
            }
        }
        mvc.perform(login(known, "korrekt-hest-batteri", "10.20.3.1")).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login(unknown, "korrekt-hest-batteri", "10.20.3.1")).andExpect(redirectedUrl("/login?throttled"));
        assertThat(mvc.perform(get("/api/v1/cases").with(httpBasic(known, "korrekt-hest-batteri")).with(from("10.20.3.2")))
            .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aHeldBackAttemptIsToldSoInDanish() throws Exception {
        assertThat(mvc.perform(get("/login").param("throttled", "")).andReturn().getResponse().getContentAsString())
            .contains("For mange forkerte login-forsøg. Vent 15 minutter, og prøv igen.");
    }

    /** The login form posted from a given client address. */
    private static MockHttpServletRequestBuilder login(String username,
                                                                                                    String password,
                                                                                                    String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
            .andExpect(MockMvcResultMatchers.content()
                .string(Matchers.containsString("name=\"_csrf_header\"")));
    }
}
