package dk.rekrut.jobcentre.harvest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dk.rekrut.jobcentre.Run;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.PublicPostings;
import dk.rekrut.shared.PublicSite;
import org.springframework.stereotype.Component;

/**
 * Rekrut's own published postings as a source: exactly what the public job list shows now ({@link PublicPostings}),
 * read in-process. The employer is the institution and the unit, the place the workplace (or the unit's address).
 */
@Component
public class OwnPostings {

    private final PublicPostings publicPostings;
    private final InstitutionSettings settings;
    private final PublicSite site;

    OwnPostings(PublicPostings publicPostings, InstitutionSettings settings, PublicSite site) {
        this.publicPostings = publicPostings;
        this.settings = settings;
        this.site = site;
    }

    public Entries.Parsed read() {
        String institution = settings.get(InstitutionSettings.NAME);
        var errors = new ArrayList<Run.Message>();
        var entries = new ArrayList<Entry>();
        int n = 0;
        for (var pp : publicPostings.jobList(PublicPostings.Filter.NONE)) {
            n++;
            var c = pp.recruitmentCase();
            var t = c.terms();
            var unit = pp.unit();
            var p = c.profile();
            String text = Stream.of(Entries.text(pp.posting().introHtml()), p == null ? null : p.tasks(),
                    p == null ? null : p.professionalCompetencies(), p == null ? null : p.personalCompetencies())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n\n"));
            String postcode = t.workplacePostalCode() != null ? t.workplacePostalCode() : unit == null ? null : unit.postalCode();
            String town = t.workplaceTown() != null ? t.workplaceTown() : unit == null ? null : unit.town();
            Map<String, String> f = new HashMap<>();
            f.put("id", pp.id().toString());
            f.put("title", c.title());
            f.put("text", text);
            f.put("employer", unit == null ? institution : institution + ", " + unit.name());
            f.put("postcode", postcode);
            f.put("town", town);
            f.put("url", site.baseUrl() + "/jobs/" + pp.id());
            f.put("deadline", c.deadline().toString());
            Entry e = Entries.of(n, f::get, errors);
            if (e != null) {
                entries.add(e);
            }
        }
        return new Entries.Parsed(List.copyOf(entries), errors, n);
    }
}
