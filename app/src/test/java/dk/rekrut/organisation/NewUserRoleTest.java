package dk.rekrut.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A new user gets the role the administrator chose: the form starts on no role, and a form without one is refused. */
@RekrutTest
class NewUserRoleTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationDirectory directory;

    @Test
    void theFormStartsOnNoRoleAndANewUserWithoutOneIsRefusedWithAMessage() throws Exception {
        var staff = new StaffRequests(mvc, directory);
        String page = staff.page("/admin/users", "admin");
        assertThat(page).contains("<select id=\"role\" name=\"role\" required><option value=\"\">Vælg rolle</option>");

        String username = "uden.rolle." + UUID.randomUUID().toString().substring(0, 8);
        var unit = directory.userByUsername("admin").orElseThrow().unitId();
        var res = staff.result(post("/admin/users").with(csrf()).param("username", username).param("displayName", "Uden Rolle")
            .param("email", username + "@kommune.example").param("unitId", unit.toString()).param("role", ""), "admin");
        assertThat(res.getResponse().getStatus()).isEqualTo(302);
        assertThat(res.getFlashMap().get("errorKey")).isEqualTo("error.user.role");
        assertThat(directory.userByUsername(username)).isEmpty();
    }
}
