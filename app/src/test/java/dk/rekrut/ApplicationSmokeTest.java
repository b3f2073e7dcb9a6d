package dk.rekrut;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rekrut.support.RekrutTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RekrutTest
class ApplicationSmokeTest {

    @Autowired
    MockMvc mvc;

    @Test
    void publicJobListShowsDemoPostingsInDanish() throws Exception {
        mvc.perform(get("/jobs"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Ledige stillinger")))
            .andExpect(content().string(Matchers.containsString("Specialkonsulent til rekrutteringsanalyse")));
    }

    @Test
    void englishIsSelectable() throws Exception {
        mvc.perform(get("/jobs").param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Vacancies")));
    }
}
