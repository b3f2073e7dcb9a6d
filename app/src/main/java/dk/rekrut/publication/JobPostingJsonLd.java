package dk.rekrut.publication;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import dk.rekrut.recruitment.Terms;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JobPosting for a posting page, as search engines and job portals read it. */
@Component
class JobPostingJsonLd {

    private final JsonMapper json;

    JobPostingJsonLd(JsonMapper json) {
        this.json = json;
    }

    Map<String, Object> of(PublicPostings.PublicPosting pp, String descriptionHtml, String pageUrl,
                           String institutionName, String institutionWebsite) {
        var c = pp.recruitmentCase();
        var ld = new LinkedHashMap<String, Object>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "JobPosting");
        ld.put("title", c.title());
        ld.put("description", descriptionHtml);
        ld.put("identifier", Map.of("@type", "PropertyValue", "name", institutionName, "value", pp.id().toString()));
        ld.put("datePosted", pp.datePosted().toString());
        ld.put("validThrough", c.deadline().atZone(Time.DANISH).toOffsetDateTime().toString());
        ld.put("employmentType", c.terms().employmentType().name());
        var org = new LinkedHashMap<String, Object>();
        org.put("@type", "Organization");
        org.put("name", pp.unit() == null ? institutionName : institutionName + ", " + pp.unit().name());
        if (institutionWebsite != null && !institutionWebsite.isBlank()) {
            org.put("sameAs", institutionWebsite);
        }
        ld.put("hiringOrganization", org);
        ld.put("jobLocation", Map.of("@type", "Place", "address", address(c.terms(), pp)));
        var salary = salary(c.terms());
        if (salary != null) {
            ld.put("baseSalary", salary);
        }
        // Applications arrive through Rekrut's own form once the application module is in place (issue 3).
        ld.put("directApply", false);
        ld.put("url", pageUrl);
        return ld;
    }

    /** JSON to put inside a script element: "</" is escaped so the text cannot close the element. */
    String script(Map<String, Object> ld) {
        return json.writeValueAsString(ld).replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    private static Map<String, Object> address(Terms t, PublicPostings.PublicPosting pp) {
        var a = new LinkedHashMap<String, Object>();
        a.put("@type", "PostalAddress");
        String street = t.workplaceStreet() != null ? t.workplaceStreet() : pp.unit() == null ? null : pp.unit().street();
        String postal = t.workplacePostalCode() != null ? t.workplacePostalCode() : pp.unit() == null ? null : pp.unit().postalCode();
        String town = t.workplaceTown() != null ? t.workplaceTown() : pp.unit() == null ? null : pp.unit().town();
        if (street != null) {
            a.put("streetAddress", street);
        }
        if (town != null) {
            a.put("addressLocality", town);
        }
        if (postal != null) {
            a.put("postalCode", postal);
        }
        a.put("addressCountry", "DK");
        return a;
    }

    private static Map<String, Object> salary(Terms t) {
        BigDecimal min = t.salaryMin();
        BigDecimal max = t.salaryMax();
        if (min == null && max == null) {
            return null;
        }
        var value = new LinkedHashMap<String, Object>();
        value.put("@type", "QuantitativeValue");
        if (min != null) {
            value.put("minValue", min);
        }
        if (max != null) {
            value.put("maxValue", max);
        }
        value.put("unitText", "MONTH");
        return Map.of("@type", "MonetaryAmount", "currency", "DKK", "value", value);
    }
}
