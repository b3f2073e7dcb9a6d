package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The navigation offers each role only pages it may open: every link in the menu of every role's start page answers
 * that role with a page, never 403 or 404. The menu's conditions are the roles' own rules ({@code Role.worksOnCases}
 * and the like), no role names compared as text.
 */
@RekrutTest
class NavigationTest {

    private static final Map<Role, String> USERS = Map.ofEntries(
        Map.entry(Role.ADMINISTRATOR, "admin"), Map.entry(Role.COMMUNICATIONS, "kommunikation"),
        Map.entry(Role.HR_EXTENDED, "hr.udvidet"), Map.entry(Role.HR_CASE_HANDLING, "hr.sag"),
        Map.entry(Role.HR_LIMITED, "hr.begraenset"), Map.entry(Role.HIRING_MANAGER, "leder"),
        Map.entry(Role.ASSESSMENT_COMMITTEE, "bedoemmelse"), Map.entry(Role.HIRING_COMMITTEE, "ansaettelse"),
        Map.entry(Role.ADMIN_SUPPORT, "sekretaer"), Map.entry(Role.JOB_CONSULTANT, "jobkonsulent"),
        Map.entry(Role.JOBCENTRE_MANAGER, "jobcenterchef"), Map.entry(Role.ANALYST, "analytiker"));
    private static final Pattern NAV = Pattern.compile("<nav aria-label=\"[^\"]*\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"?#]+)\"");

    @Autowired MockMvc mvc;

    @Test
    void everyMenuLinkOpensForTheRoleThatSeesIt() throws Exception {
        assertThat(USERS).hasSize(Role.values().length);
        List<String> refused = new ArrayList<>();
        var seen = new TreeSet<String>();
        for (var entry : USERS.entrySet()) {
            var as = user(entry.getValue()).authorities(new SimpleGrantedAuthority(entry.getKey().authority()));
            String start = mvc.perform(get("/jobs").with(as)).andReturn().getResponse().getContentAsString();
            var nav = NAV.matcher(start);
            assertThat(nav.find()).as("the menu on the job list for %s", entry.getKey()).isTrue();
            var links = HREF.matcher(nav.group(1));
            while (links.find()) {
                String href = links.group(1);
                seen.add(href);
                int status = mvc.perform(get(href).with(as)).andReturn().getResponse().getStatus();
                if (status != 200) {
                    refused.add(entry.getKey() + " " + href + " " + status);
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(seen).as("the menu was read").contains("/cases", "/statistics", "/admin/users", "/jobcenter/borgere",
            "/jobcentre/trials", "/content/layouts");
    }
}
