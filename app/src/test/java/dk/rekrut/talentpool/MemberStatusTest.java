package dk.rekrut.talentpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MemberStatusTest {

    @Test
    void onlyTheOwnAcceptanceMakesAnActiveMember() {
        assertThat(EnumSet.allOf(MemberStatus.class).stream().filter(MemberStatus::isActive))
            .containsExactly(MemberStatus.ACTIVE);
    }
}
