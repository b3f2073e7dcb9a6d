package dk.rekrut.jobcentre;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Education;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultant's caseload, the form that creates a citizen's profile, the match page with "send til borger" and the
 * log, and the occupation autocomplete. The job consultant only (route rule in security); a citizen of another
 * consultant's caseload is not found ({@link Citizens#own}).
 */
@Controller
class CitizensController {

    private static final int LOG_SHOWN = 30;
    private static final int SUGGESTED_LABELS = 15;

    private final Citizens citizens;
    private final CitizenMatches matches;
    private final Suggestions suggestions;
    private final MatchingEngine engine;
    private final CitizenRepository repository;

    CitizensController(Citizens citizens, CitizenMatches matches, Suggestions suggestions, MatchingEngine engine,
                       CitizenRepository repository) {
        this.citizens = citizens;
        this.matches = matches;
        this.suggestions = suggestions;
        this.engine = engine;
        this.repository = repository;
    }

    @GetMapping("/jobcenter/borgere")
    String caseload(CurrentUser me, Model model) {
        model.addAttribute("citizens", citizens.caseload(me));
        model.addAttribute("maxKm", Citizens.MAX_KM);
        model.addAttribute("defaultKm", Citizens.DEFAULT_KM);
        model.addAttribute("educations", Education.values());
        model.addAttribute("ageBands", AgeBand.values());
        return "jobcentre/citizens";
    }

    @PostMapping("/jobcenter/borgere")
    String create(CurrentUser me, @RequestParam(required = false) String fullName,
                  @RequestParam(required = false) String cpr, @RequestParam(required = false) String email,
                  @RequestParam(required = false) String phone, @RequestParam(required = false) MultipartFile cv,
                  @RequestParam(required = false) List<String> wishes, @RequestParam(required = false) String postcode,
                  @RequestParam(required = false) Integer maxKm, @RequestParam(required = false) Education education,
                  @RequestParam(required = false) AgeBand ageBand, @RequestParam(defaultValue = "false") boolean recentGraduate,
                  @RequestParam(required = false) Integer monthsUnemployed, RedirectAttributes flash) throws IOException {
        byte[] content = cv == null ? null : cv.getBytes();
        String[] pseudonym = new String[1];
        if (Flash.attempt(flash, "jobcentre.citizen.created", () -> pseudonym[0] = citizens.create(me,
                new Citizens.NewCitizen(fullName, cpr, email, phone, cv == null ? null : cv.getOriginalFilename(), content,
                    wishes, postcode, maxKm, Citizens.facts(education, ageBand, recentGraduate, monthsUnemployed)))
            .pseudonym())) {
            return "redirect:/jobcenter/borgere/" + pseudonym[0];
        }
        return "redirect:/jobcenter/borgere";
    }

    @GetMapping("/jobcenter/borgere/{pseudonym}")
    String citizen(CurrentUser me, @PathVariable String pseudonym, @RequestParam(required = false) Integer km,
                   @RequestParam(required = false) String occupation, Model model) {
        var citizen = citizens.own(me, pseudonym);
        model.addAttribute("citizen", citizen);
        model.addAttribute("identity", citizens.identity(citizen, "consultant's citizen page"));
        model.addAttribute("matches", matches.matches(citizen, km, occupation));
        model.addAttribute("sent", suggestions.sent(citizen));
        model.addAttribute("log", repository.log(citizen.id(), LOG_SHOWN));
        model.addAttribute("today", citizens.today());
        return "jobcentre/citizen";
    }

    @PostMapping("/jobcenter/borgere/{pseudonym}/send")
    String send(CurrentUser me, @PathVariable String pseudonym,
                @RequestParam(required = false) List<UUID> postings, RedirectAttributes flash) {
        Flash.attempt(flash, "jobcentre.send.done",
            () -> flash.addFlashAttribute("sentCount", suggestions.send(me, pseudonym, postings)));
        return "redirect:/jobcenter/borgere/" + pseudonym;
    }

    @PostMapping("/jobcenter/borgere/{pseudonym}/beskaeftigelse")
    String employed(CurrentUser me, @PathVariable String pseudonym,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                    RedirectAttributes flash) {
        Flash.attempt(flash, "jobcentre.employment.recorded", () -> citizens.recordEmployment(me, pseudonym, day));
        return "redirect:/jobcenter/borgere/" + pseudonym;
    }

    @PostMapping("/jobcenter/borgere/{pseudonym}/afslut")
    String leave(CurrentUser me, @PathVariable String pseudonym, RedirectAttributes flash) {
        citizens.leave(me, pseudonym);
        flash.addFlashAttribute("info", "jobcentre.citizen.left");
        return "redirect:/jobcenter/borgere";
    }

    /** Danish ESCO occupation labels containing the typed text, those starting with it first: the wish autocomplete. */
    @GetMapping(value = "/jobcenter/occupations", produces = "application/json")
    @ResponseBody
    List<String> occupations(@RequestParam(defaultValue = "") String q) {
        String query = q.strip().toLowerCase(Locale.ROOT);
        if (query.length() < 2 || query.length() > 100) {
            return List.of();
        }
        var starts = new ArrayList<String>();
        var contains = new ArrayList<String>();
        for (var o : engine.parts().esco().occupations()) {
            for (String label : o.labels(Lang.DA)) {
                String l = label.toLowerCase(Locale.ROOT);
                if (l.startsWith(query) && !starts.contains(label)) {
                    starts.add(label);
                } else if (l.contains(query) && !contains.contains(label)) {
                    contains.add(label);
                }
            }
        }
        starts.sort(String.CASE_INSENSITIVE_ORDER);
        contains.sort(String.CASE_INSENSITIVE_ORDER);
        starts.addAll(contains);
        return starts.size() > SUGGESTED_LABELS ? starts.subList(0, SUGGESTED_LABELS) : starts;
    }
}
