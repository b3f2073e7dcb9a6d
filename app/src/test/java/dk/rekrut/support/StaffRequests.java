package dk.rekrut.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.rekrut.organisation.OrganisationDirectory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests over MockMvc as a demo user, with the user's role, answers read as UTF-8. */
public final class StaffRequests {

    private final MockMvc mvc;
    private final OrganisationDirectory directory;

    public StaffRequests(MockMvc mvc, OrganisationDirectory directory) {
        this.mvc = mvc;
        this.directory = directory;
    }

    public MvcResult result(MockHttpServletRequestBuilder request, String username) throws Exception {
        var u = directory.userByUsername(username).orElseThrow();
        var res = mvc.perform(request.with(user(username).authorities(new SimpleGrantedAuthority(u.role().authority()))))
            .andReturn();
        res.getResponse().setCharacterEncoding("UTF-8");
        return res;
    }

    public MockHttpServletResponse send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return result(request, username).getResponse();
    }

    /** The page at {@code url}, which must answer 200. */
    public String page(String url, String username) throws Exception {
        var res = send(get(url), username);
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString();
    }
}
