package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Security review L1: while the file store cannot write, an applicant gets 503 with Retry-After and a clear message,
 * on the API and on the form, never a server error, and nothing is kept; once it writes again, the same submission
 * goes through. The store's folder is replaced by a plain file for the outage: that fails for root too, where
 * taking away write permission would not.
 */
@RekrutTest
class StorageOutageTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired JdbcClient jdbc;

    @Test
    void aStoreThatCannotWriteGives503AndKeepsNothing() throws Exception {
        var posted = fixture.publish("Lagerudfald " + UUID.randomUUID(), 5, false);
        String apiKey = UUID.randomUUID().toString();
        String formKey = UUID.randomUUID().toString();
        Path store = FormSubmissions.STORE.toAbsolutePath();
        Path aside = store.resolveSibling("test-files-aside-" + UUID.randomUUID());
        Files.createDirectories(store);
        Files.move(store, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.writeString(store, "not a folder");
            var api = mvc.perform(FormSubmissions.fill(multipart("/api/v1/postings/" + posted.postingId() + "/applications"),
                posted, apiKey, Map.of("email", "udfald.api@example.dk"))).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("60");
            assertThat(api.getContentAsString()).contains("error.storage.unavailable");

            MockHttpServletResponse form = mvc.perform(FormSubmissions.fill(multipart("/jobs/" + posted.postingId() + "/apply"),
                posted, formKey, Map.of("email", "udfald.form@example.dk")).with(csrf())).andReturn().getResponse();
            form.setCharacterEncoding("UTF-8");
            assertThat(form.getStatus()).isEqualTo(503);
            assertThat(form.getHeader("Retry-After")).isEqualTo("60");
            assertThat(form.getContentAsString()).contains("Intet blev gemt");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM application WHERE case_id = ?").param(posted.caseId())
                .query(Integer.class).single()).isZero();
        } finally {
            Files.deleteIfExists(store);
            Files.move(aside, store, StandardCopyOption.ATOMIC_MOVE);
        }
        var retried = mvc.perform(FormSubmissions.fill(multipart("/api/v1/postings/" + posted.postingId() + "/applications"),
            posted, apiKey, Map.of("email", "udfald.api@example.dk"))).andReturn().getResponse();
        assertThat(retried.getStatus()).isEqualTo(201);
    }
}
