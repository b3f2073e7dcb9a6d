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

/** New-user review: units could be created but not renamed, moved or given a new address. */
@RekrutTest
class UnitEditingTest {

    @Autowired MockMvc mvc;
    @Autowired OrganisationDirectory directory;
    @Autowired Administration administration;

    @Test
    void theAdministratorRenamesAndMovesAUnitButNeverBelowItself() throws Exception {
        var staff = new StaffRequests(mvc, directory);
        var top = administration.createUnit(new Administration.NewUnit("Forvaltning " + UUID.randomUUID(), null, null, null, null));
        var child = administration.createUnit(new Administration.NewUnit("Kontor " + UUID.randomUUID(), top.id(), null, null, null));
        assertThat(staff.page("/admin/units", "admin")).contains("href=\"/admin/units/" + child.id() + "\"");
        assertThat(staff.page("/admin/units/" + child.id(), "admin")).contains("value=\"" + child.name() + "\"");

        var renamed = staff.result(post("/admin/units/" + child.id()).with(csrf()).param("name", "  Nyt Kontor  ")
            .param("parentId", "").param("street", "Rådhuspladsen 1").param("postalCode", "1550").param("town", " "), "admin");
        assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/admin/units/" + child.id());
        assertThat(renamed.getFlashMap().get("info")).isEqualTo("info.saved");
        var now = directory.unit(child.id()).orElseThrow();
        assertThat(now.name()).isEqualTo("Nyt Kontor");
        assertThat(now.parentId()).isNull();
        assertThat(now.street()).isEqualTo("Rådhuspladsen 1");
        assertThat(now.town()).isNull();

        administration.updateUnit(new Unit(child.id(), "Nyt Kontor", top.id(), null, null, null));
        var cycle = staff.result(post("/admin/units/" + top.id()).with(csrf()).param("name", top.name())
            .param("parentId", child.id().toString()), "admin");
        assertThat(cycle.getFlashMap().get("errorKey")).isEqualTo("error.unit.cycle");
        assertThat(directory.unit(top.id()).orElseThrow().parentId()).isNull();

        var blank = staff.result(post("/admin/units/" + top.id()).with(csrf()).param("name", " "), "admin");
        assertThat(blank.getFlashMap().get("errorKey")).isEqualTo("error.unit.name");
        assertThat(directory.unit(top.id()).orElseThrow().name()).isEqualTo(top.name());
    }
}
