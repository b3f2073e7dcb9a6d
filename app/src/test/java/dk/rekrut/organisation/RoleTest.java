package dk.rekrut.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The menu asks the role, not its name: each of these rules holds for exactly one role. */
class RoleTest {

    @Test
    void theSingleRoleRulesNameTheirRole() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isAdministrator)).containsExactly(Role.ADMINISTRATOR);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isJobConsultant)).containsExactly(Role.JOB_CONSULTANT);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::writesContent)).containsExactly(Role.COMMUNICATIONS);
    }

    @Test
    void hrIsTheThreeHrRoles() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role::isHr))
            .containsExactly(Role.HR_EXTENDED, Role.HR_CASE_HANDLING, Role.HR_LIMITED);
    }
}
