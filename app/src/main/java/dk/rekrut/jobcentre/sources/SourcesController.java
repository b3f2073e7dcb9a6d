package dk.rekrut.jobcentre.sources;

import java.io.IOException;
import java.util.UUID;
import dk.rekrut.jobcentre.HarvestedPostings;
import dk.rekrut.jobcentre.Harvester;
import dk.rekrut.jobcentre.Run;
import dk.rekrut.jobcentre.SourceKind;
import dk.rekrut.jobcentre.Sources;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sources page (administrator and job-centre manager, route rule in security) and the harvested postings (also
 * consultants and analysts). Sources belong to the institution, so there is no object rule beyond the route's.
 */
@Controller
class SourcesController {

    private static final int RUNS_SHOWN = 20;

    private final Sources sources;
    private final Harvester harvester;
    private final HarvestedPostings postings;

    SourcesController(Sources sources, Harvester harvester, HarvestedPostings postings) {
        this.sources = sources;
        this.harvester = harvester;
        this.postings = postings;
    }

    @GetMapping("/jobcentre/sources")
    String list(Model model) {
        model.addAttribute("sources", sources.all());
        model.addAttribute("kinds", SourceKind.values());
        return "jobcentre/sources";
    }

    @PostMapping("/jobcentre/sources")
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) SourceKind kind,
                  @RequestParam(required = false) String url, @RequestParam(required = false) Integer intervalMinutes,
                  @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes flash) {
        try {
            var s = sources.create(new Sources.Form(name, kind, url, intervalMinutes, enabled));
            flash.addFlashAttribute("info", "info.saved");
            return "redirect:/jobcentre/sources/" + s.id();
        } catch (RuleViolation e) {
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.args());
            return "redirect:/jobcentre/sources";
        }
    }

    @GetMapping("/jobcentre/sources/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("source", sources.find(id).orElseThrow(() -> new NotFoundException("source")));
        model.addAttribute("runs", sources.runs(id, RUNS_SHOWN));
        return "jobcentre/source";
    }

    @PostMapping("/jobcentre/sources/{id}")
    String update(@PathVariable UUID id, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String url, @RequestParam(required = false) Integer intervalMinutes,
                  @RequestParam(defaultValue = "false") boolean enabled, RedirectAttributes flash) {
        try {
            sources.update(id, new Sources.Form(name, null, url, intervalMinutes, enabled));
            flash.addFlashAttribute("info", "info.saved");
        } catch (RuleViolation e) {
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/jobcentre/sources/" + id;
    }

    @PostMapping("/jobcentre/sources/{id}/upload")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash)
        throws IOException {
        try {
            sources.upload(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        } catch (RuleViolation e) {
            flash.addFlashAttribute("errorKey", e.messageKey());
            flash.addFlashAttribute("errorArgs", e.args());
            return "redirect:/jobcentre/sources/" + id;
        }
        return harvest(id, flash);
    }

    @PostMapping("/jobcentre/sources/{id}/harvest")
    String harvest(@PathVariable UUID id, RedirectAttributes flash) {
        var outcome = harvester.harvest(id);
        if (outcome.busy()) {
            flash.addFlashAttribute("errorKey", "jobcentre.busy");
        } else if (outcome.run().orElseThrow().status() == Run.Status.OK) {
            flash.addFlashAttribute("info", "jobcentre.harvested");
        } else {
            flash.addFlashAttribute("errorKey", "jobcentre.harvest-failed");
        }
        return "redirect:/jobcentre/sources/" + id;
    }

    @GetMapping("/jobcentre/postings")
    String postings(Model model) {
        model.addAttribute("postings", postings.active());
        return "jobcentre/postings";
    }
}
