package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FlashTest {

    @Test
    void aSucceedingActionFlashesItsInfoAndNoError() {
        var flash = new RedirectAttributesModelMap();
        boolean ran = Flash.attempt(flash, "info.saved", () -> { });
        assertThat(ran).isTrue();
        assertThat(flash.getFlashAttributes().get("info")).isEqualTo("info.saved");
        assertThat(flash.getFlashAttributes()).doesNotContainKey("errorKey");
    }

    @Test
    void aRuleViolationFlashesItsKeyAndItsArgumentsAndNoInfo() {
        var flash = new RedirectAttributesModelMap();
        var id = UUID.randomUUID();
        boolean ran = Flash.attempt(flash, "info.saved", () -> {
            throw new RuleViolation("error.case.transition", id, 3);
        });
        assertThat(ran).isFalse();
        assertThat(flash.getFlashAttributes().get("errorKey")).isEqualTo("error.case.transition");
        assertThat(flash.getFlashAttributes()).doesNotContainKey("info");
        assertThat((Object[]) flash.getFlashAttributes().get("errorArgs")).containsExactly(id, 3);
    }

    @Test
    void anArgumentTheSessionCannotStoreGoesAsText() {
        var flash = new RedirectAttributesModelMap();
        var notSerialisable = new Object() {
            @Override
            public String toString() {
                return "Sted";
            }
        };
        Flash.attempt(flash, null, () -> {
            throw new RuleViolation("error.input.too-long", notSerialisable, 300);
        });
        assertThat((Object[]) flash.getFlashAttributes().get("errorArgs")).containsExactly("Sted", 300);
    }

    @Test
    void aViolationWithoutArgumentsFlashesNoArgumentsSoTheMessageIsNotFormatted() {
        var flash = new RedirectAttributesModelMap();
        Flash.attempt(flash, null, () -> {
            throw new RuleViolation("error.pool.choose");
        });
        assertThat(flash.getFlashAttributes()).containsOnlyKeys("errorKey");
    }

    @Test
    void otherFailuresAreNotTurnedIntoMessages() {
        var flash = new RedirectAttributesModelMap();
        assertThatThrownBy(() -> Flash.attempt(flash, "info.saved", () -> {
            throw new ForbiddenException("not yours");
        })).isInstanceOf(ForbiddenException.class);
        assertThat(flash.getFlashAttributes()).isEmpty();
    }
}
