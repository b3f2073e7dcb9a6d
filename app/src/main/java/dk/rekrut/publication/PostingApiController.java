package dk.rekrut.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.recruitment.Category;
import dk.rekrut.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API of current postings (same visibility rule as the job list), and the media list for staff. */
@RestController
class PostingApiController {

    record PostingJson(UUID id, UUID caseId, String title, String unit, Category category, String employmentType,
                       String workplaceTown, String workplacePostalCode, Instant deadline, LocalDate datePosted,
                       String contactName, String contactEmail, String contactPhone, String descriptionHtml) {
    }

    private final PublicPostings postings;
    private final PostingText text;
    private final Layouts layouts;
    private final MediaList media;

    PostingApiController(PublicPostings postings, PostingText text, Layouts layouts, MediaList media) {
        this.postings = postings;
        this.text = text;
        this.layouts = layouts;
        this.media = media;
    }

    @GetMapping("/api/v1/postings")
    List<PostingJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) String location,
                           @RequestParam(required = false) Category category, @RequestParam(required = false) UUID unit,
                           Locale locale) {
        return postings.jobList(new PublicPostings.Filter(q, location, category, unit)).stream()
            .map(pp -> json(pp, locale)).toList();
    }

    @GetMapping("/api/v1/postings/{id}")
    PostingJson get(@PathVariable UUID id, Locale locale) {
        return postings.page(id).map(pp -> json(pp, locale)).orElseThrow(() -> new NotFoundException("posting"));
    }

    @GetMapping("/api/v1/media")
    List<Medium> media() {
        return media.all();
    }

    private PostingJson json(PublicPostings.PublicPosting pp, Locale locale) {
        var c = pp.recruitmentCase();
        return new PostingJson(pp.id(), c.id(), c.title(), pp.unit() == null ? null : pp.unit().name(), c.category(),
            c.terms().employmentType().name(), c.terms().workplaceTown(), c.terms().workplacePostalCode(), c.deadline(),
            pp.datePosted(), c.contact().name(), c.contact().email(), c.contact().phone(),
            text.html(c, pp.posting(), layouts.find(pp.posting().layoutTemplateId()).orElse(null), locale));
    }
}
