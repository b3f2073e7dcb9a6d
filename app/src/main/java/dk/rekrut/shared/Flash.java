package dk.rekrut.shared;

import java.io.Serializable;
import java.util.Arrays;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a form post that redirects reports its outcome: the page it redirects to shows the info message on
 * success or the rule's message (with its arguments) when a {@link RuleViolation} refused it. The API and forms that
 * render again with the user's input keep their own handling; a rule violation nobody handles becomes the error page
 * of {@code web.LayoutAdvice}.
 */
public final class Flash {

    private Flash() {
    }

    /**
     * Runs {@code action}; on success flashes {@code infoKey} (if not null), on a rule violation its message.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(RedirectAttributes flash, String infoKey, Runnable action) {
        try {
            action.run();
        } catch (RuleViolation e) {
            report(flash, e);
            return false;
        }
        if (infoKey != null) {
            flash.addFlashAttribute("info", infoKey);
        }
        return true;
    }

    /** Flashes a rule violation's message key and its arguments for {@code fragments/messages.html}. */
    public static void report(RedirectAttributes flash, RuleViolation e) {
        flash.addFlashAttribute("errorKey", e.messageKey());
        if (e.args().length > 0) {
            // Flash attributes live in the session, which is stored in the database: an argument that cannot be
            // serialised goes as text. Message resolvables (a field's label) are serialisable and stay resolvable.
            flash.addFlashAttribute("errorArgs", Arrays.stream(e.args())
                .map(a -> a == null || a instanceof Serializable ? a : String.valueOf(a)).toArray());
        }
    }
}
