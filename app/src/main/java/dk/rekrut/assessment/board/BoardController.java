package dk.rekrut.assessment.board;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.interview.Interviews;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pipeline board of a case. Every move is an ordinary form post (works without JavaScript, CSRF-protected, checked
 * on the server); {@code board.js} sends the same post for drag and drop and asks for JSON, so the card moves in place
 * and the move is announced in the page's live region.
 */
@Controller
@RequestMapping("/cases/{caseId}/board")
class BoardController {

    private final Board board;
    private final StatusChanges statusChanges;
    private final CandidateNames names;
    private final Assessments assessments;
    private final CaseAccess access;
    private final MessageSource messages;
    private final RejectionLetters letters;
    private final Interviews interviews;

    BoardController(Board board, StatusChanges statusChanges, CandidateNames names, Assessments assessments,
                    CaseAccess access, MessageSource messages, RejectionLetters letters, Interviews interviews) {
        this.letters = letters;
        this.interviews = interviews;
        this.board = board;
        this.statusChanges = statusChanges;
        this.names = names;
        this.assessments = assessments;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String show(CurrentUser user, @PathVariable UUID caseId, Model model, Locale locale) {
        var view = board.view(user, caseId, locale);
        model.addAttribute("c", view.c());
        model.addAttribute("board", view);
        return "assessment/board";
    }

    /** The form post of a card's "Flyt til" (without JavaScript): moves, then shows the board with what happened. */
    @PostMapping("/move")
    String move(CurrentUser user, @PathVariable UUID caseId, @RequestParam(required = false) UUID candidate,
                @RequestParam(required = false) ApplicationStatus status, RedirectAttributes flash, Locale locale) {
        access.requireManage(user, caseId); // who may not move learns that first, whatever the form holds
        if (candidate != null && status != null
            && board.onCase(caseId, List.of(candidate)).getFirst().status().movesThroughOffer(status)) {
            // The offer goes with its letter, and a hire comes after the offer.
            return "redirect:/cases/" + caseId + "/candidates/" + candidate + "/offer"
                + (status == ApplicationStatus.HIRED ? "?hire=true" : "");
        }
        Flash.attempt(flash, null, () -> flash.addFlashAttribute("moved",
            announce(board.move(user, caseId, required(candidate), required(status)), locale)));
        return "redirect:/cases/" + caseId + "/board" + (candidate == null ? "" : "#card-" + candidate);
    }

    /** The same move from board.js (drag and drop, or the card's button with JavaScript): answers with the announcement. */
    @PostMapping(path = "/move", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> moveInPlace(CurrentUser user, @PathVariable UUID caseId,
                                                    @RequestParam(required = false) UUID candidate,
                                                    @RequestParam(required = false) ApplicationStatus status, Locale locale) {
        access.requireManage(user, caseId);
        try {
            var moved = board.move(user, caseId, required(candidate), required(status));
            return ResponseEntity.ok(Map.of("message", announce(moved, locale), "status", moved.to().name()));
        } catch (RuleViolation e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("message", messages.getMessage(e.messageKey(), e.args(), locale)));
        }
    }

    /** A column's bulk action on the ticked cards: move them, or go on to rejection or invitation with the selection. */
    @PostMapping("/bulk")
    String bulk(CurrentUser user, @PathVariable UUID caseId,
                @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                @RequestParam(defaultValue = "") String action, @RequestParam(required = false) ApplicationStatus status,
                RedirectAttributes flash, Locale locale) {
        access.requireManage(user, caseId);
        if (candidates == null || candidates.isEmpty()) {
            Flash.report(flash, new RuleViolation("error.board.none"));
            return "redirect:/cases/" + caseId + "/board";
        }
        board.onCase(caseId, candidates); // another case's candidate is not found, whatever the action
        return switch (action) {
            case "reject" -> "redirect:" + withCandidates("/cases/" + caseId + "/board/reject", candidates);
            case "invite" -> "redirect:" + withCandidates("/cases/" + caseId + "/interviews", candidates);
            case "message" -> "redirect:" + withCandidates("/cases/" + caseId + "/messages", candidates);
            default -> {
                Flash.attempt(flash, null, () -> {
                    var moved = board.moveAll(user, caseId, candidates, required(status));
                    flash.addFlashAttribute("moved", moved.size() == 1 ? announce(moved.getFirst(), locale)
                        : messages.getMessage("board.moved.many", new Object[] {moved.size(), status(status, locale)}, locale));
                });
                yield "redirect:/cases/" + caseId + "/board";
            }
        };
    }

    /** What rejecting the selection will do, before it is done: who, which letter each gets, and the reason to add. */
    @GetMapping("/reject")
    String confirmReject(CurrentUser user, @PathVariable UUID caseId,
                         @RequestParam(name = "candidate", required = false) List<UUID> candidates, Model model) {
        var c = access.requireManage(user, caseId);
        var chosen = board.onCase(caseId, candidates == null ? List.of() : candidates).stream()
            .filter(a -> BoardRules.mayReject(a.status())).toList();
        var named = names.forOverview(user, c, chosen);
        var met = interviews.metAtInterview(caseId);
        model.addAttribute("c", c);
        model.addAttribute("rejections", chosen.stream().map(a -> new Rejection(a.id(),
            named.containsKey(a.id()) ? named.get(a.id()) + " (" + a.candidateNumber() + ")" : a.candidateNumber(),
            StatusChanges.rejectionLetter(a, met.contains(a.id())).name())).toList());
        model.addAttribute("letters", letters.previews(c, chosen, named, met));
        model.addAttribute("preferential", assessments.preferentialAmong(caseId, chosen.stream().map(a -> a.id()).toList()));
        model.addAttribute("beforeDeadline", statusChanges.rejectionTooEarly(c.deadline()));
        return "assessment/board-reject";
    }

    /** One line of the rejection's confirmation: who, and which letter (after an interview, the other wording). */
    record Rejection(UUID id, String label, String letter) {
    }

    @PostMapping("/reject")
    String reject(CurrentUser user, @PathVariable UUID caseId,
                  @RequestParam(name = "candidate", required = false) List<UUID> candidates,
                  @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean confirmed,
                  @RequestParam(defaultValue = "false") boolean confirmPreferential, RedirectAttributes flash) {
        access.requireManage(user, caseId);
        if (candidates == null || candidates.isEmpty()) {
            Flash.report(flash, new RuleViolation("error.reject.none"));
            return "redirect:/cases/" + caseId + "/board";
        }
        board.onCase(caseId, candidates);
        if (!confirmed) {
            // Only the confirmation page, which shows the letters and their count, sends them.
            return "redirect:" + withCandidates("/cases/" + caseId + "/board/reject", candidates);
        }
        // The same second, deliberate confirmation as the candidate list asks for (preferential access).
        if (!confirmPreferential && !assessments.preferentialAmong(caseId, candidates).isEmpty()) {
            Flash.report(flash, new RuleViolation("error.board.confirm-preferential"));
            return "redirect:" + withCandidates("/cases/" + caseId + "/board/reject", candidates);
        }
        Flash.attempt(flash, null, () -> {
            int rejected = statusChanges.reject(user, caseId, candidates, reason, interviews.metAtInterview(caseId));
            flash.addFlashAttribute("info", rejected == 0 ? "info.board.none-rejected" : "info.rejected");
        });
        return "redirect:/cases/" + caseId + "/board";
    }

    private String announce(Board.Moved moved, Locale locale) {
        return messages.getMessage("board.moved", new Object[] {moved.label(), status(moved.to(), locale)}, locale);
    }

    private String status(ApplicationStatus s, Locale locale) {
        return messages.getMessage("application.status." + s, null, locale);
    }

    private static ApplicationStatus required(ApplicationStatus status) {
        if (status == null) {
            throw new RuleViolation("error.status.missing");
        }
        return status;
    }

    private static UUID required(UUID candidate) {
        if (candidate == null) {
            throw new RuleViolation("error.board.none");
        }
        return candidate;
    }

    private static String withCandidates(String path, List<UUID> candidates) {
        var uri = UriComponentsBuilder.fromPath(path);
        candidates.forEach(id -> uri.queryParam("candidate", id));
        return uri.build().toUriString();
    }
}
