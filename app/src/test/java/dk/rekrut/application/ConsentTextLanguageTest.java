package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 21 (review problem 14): the English application form asks for consent in English, to the same version. */
@RekrutTest
class ConsentTextLanguageTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired InstitutionSettings institution;

    @Test
    void theFormShowsTheConsentInItsLanguageAndAChangeOfEitherTextIsANewVersionWithBoth() throws Exception {
        var posted = fixture.publish("Samtykke " + UUID.randomUUID(), 10, false);
        var before = institution.currentConsent();
        String danish = "Jeg giver samtykke " + UUID.randomUUID();
        String english = "I give my consent " + UUID.randomUUID();
        institution.set(InstitutionSettings.CONSENT_TEXT, danish);
        institution.set(InstitutionSettings.CONSENT_TEXT_EN, english);
        var after = institution.currentConsent();
        assertThat(after.version()).isEqualTo(before.version() + 2);
        assertThat(after.body()).isEqualTo(danish);
        assertThat(after.bodyEn()).isEqualTo(english);

        String da = form(posted, "da");
        String en = form(posted, "en");
        assertThat(da).contains(danish).doesNotContain(english);
        assertThat(en).contains(english).doesNotContain(danish)
            .contains("name=\"consentVersion\" value=\"" + after.version() + "\"");

        // Saving the Danish text unchanged makes no new version; clearing the English one falls back to Danish.
        institution.set(InstitutionSettings.CONSENT_TEXT, danish);
        assertThat(institution.currentConsent().version()).isEqualTo(after.version());
        institution.set(InstitutionSettings.CONSENT_TEXT_EN, "");
        assertThat(institution.currentConsent().body()).isEqualTo(danish);
        assertThat(form(posted, "en")).contains(danish);
    }

    private String form(ApplicationFixture.Posted posted, String lang) throws Exception {
        var response = mvc.perform(get("/jobs/" + posted.postingId() + "/apply").cookie(new Cookie("rekrut-lang", lang)))
            .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
