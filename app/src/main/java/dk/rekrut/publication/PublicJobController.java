package dk.rekrut.publication;

import dk.rekrut.shared.PublicSite;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Category;
import dk.rekrut.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public job site: list with search and filters, and one page per posting. */
@Controller
class PublicJobController {

    private final PublicPostings postings;
    private final PostingText text;
    private final Layouts layouts;
    private final JobPostingJsonLd jsonLd;
    private final InstitutionSettings settings;
    private final OrganisationDirectory directory;
    private final PublicSite site;

    PublicJobController(PublicPostings postings, PostingText text, Layouts layouts, JobPostingJsonLd jsonLd,
                        InstitutionSettings settings, OrganisationDirectory directory, PublicSite site) {
        this.site = site;
        this.postings = postings;
        this.text = text;
        this.layouts = layouts;
        this.jsonLd = jsonLd;
        this.settings = settings;
        this.directory = directory;
    }

    @GetMapping({"/", "/jobs"})
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String location,
                @RequestParam(required = false) Category category, @RequestParam(required = false) UUID unit,
                Model model) {
        model.addAttribute("postings", postings.jobList(new PublicPostings.Filter(q, location, category, unit)));
        model.addAttribute("q", q);
        model.addAttribute("location", location);
        model.addAttribute("category", category);
        model.addAttribute("unit", unit);
        model.addAttribute("categories", Category.values());
        model.addAttribute("units", directory.tree());
        model.addAttribute("institution", settings.get(InstitutionSettings.NAME));
        model.addAttribute("ownSite", postings.ownSite().map(Medium::code).orElse(null));
        return "public/jobs";
    }

    @GetMapping("/jobs/{id}")
    String page(@PathVariable UUID id, @RequestParam(required = false) String medium, Model model, Locale locale) {
        var pp = postings.page(id).orElseThrow(() -> new NotFoundException("posting"));
        var trackedMedium = postings.medium(medium);
        // Media tracking: the medium from the feed link is counted and carried on to the application.
        trackedMedium.ifPresent(m -> postings.recordVisit(id, m));
        String html = text.html(pp.recruitmentCase(), pp.posting(), layouts.find(pp.posting().layoutTemplateId()).orElse(null),
            locale);
        String url = site.baseUrl() + "/jobs/" + id;
        String institution = settings.get(InstitutionSettings.NAME);
        model.addAttribute("pp", pp);
        model.addAttribute("c", pp.recruitmentCase());
        model.addAttribute("descriptionHtml", html);
        model.addAttribute("medium", trackedMedium.map(Medium::code).orElse(null));
        model.addAttribute("institution", institution);
        model.addAttribute("jsonLd", jsonLd.script(jsonLd.of(pp, html, url, institution,
            settings.get(InstitutionSettings.WEBSITE))));
        return "public/posting";
    }
}
