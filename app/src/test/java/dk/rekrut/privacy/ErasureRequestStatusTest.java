package dk.rekrut.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.privacy.ErasureRequests.Status;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ErasureRequestStatusTest {

    @Test
    void onlyAnUnhandledRequestIsOpen() {
        assertThat(EnumSet.allOf(Status.class).stream().filter(Status::isOpen)).containsExactly(Status.OPEN);
    }
}
