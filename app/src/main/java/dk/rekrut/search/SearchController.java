package dk.rekrut.search;

import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Unit;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page of the navigation's search box; the route is for the roles that work on cases (security). The
 * text goes in the body of a POST (with the session's CSRF token), never in the URL: an applicant's name in a query
 * string would stay in access logs, proxies and the browser's history. GET shows the empty box and searches nothing,
 * whatever its query string says, so an old bookmark or a link with a name in it reads no identity.
 */
@Controller
class SearchController {

    private final CaseSearch search;
    private final OrganisationDirectory directory;

    SearchController(CaseSearch search, OrganisationDirectory directory) {
        this.search = search;
        this.directory = directory;
    }

    @GetMapping("/cases/search")
    String form(CurrentUser user, Model model) {
        return results(user, SearchQuery.of(null), model);
    }

    @PostMapping("/cases/search")
    String search(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        return results(user, SearchQuery.of(q), model);
    }

    private String results(CurrentUser user, SearchQuery query, Model model) {
        var results = search.search(user, query);
        // Plain values for the template: the results record is this package's own.
        model.addAttribute("q", results.query().text());
        model.addAttribute("blank", results.query().blank());
        model.addAttribute("shortQuery", !results.query().blank() && !results.query().searchesApplicants());
        model.addAttribute("nothing", !results.query().blank() && results.empty());
        model.addAttribute("cases", results.cases());
        model.addAttribute("moreCases", results.moreCases());
        model.addAttribute("applicants", results.applicants());
        model.addAttribute("moreApplicants", results.moreApplicants());
        model.addAttribute("unitNames", directory.allUnits().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
        model.addAttribute("caseTitles", results.casesOfApplicants().stream()
            .collect(Collectors.toMap(RecruitmentCase::id, RecruitmentCase::title)));
        return "search/results";
    }
}
