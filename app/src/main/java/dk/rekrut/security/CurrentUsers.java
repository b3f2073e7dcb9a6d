package dk.rekrut.security;

import java.util.Optional;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link CurrentUser} controller parameters and answers "who is logged in" for services. */
@Component
public class CurrentUsers implements HandlerMethodArgumentResolver {

    private final OrganisationDirectory directory;

    CurrentUsers(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // Within a web request the account was read once already, by CurrentRightsFilter.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
            && request.getRequest().getAttribute(CurrentRightsFilter.ACCOUNT) instanceof UserView read
            && read.username().equals(auth.getName())) {
            return Optional.of(CurrentUser.of(read));
        }
        return directory.userByUsername(auth.getName()).filter(u -> u.enabled()).map(CurrentUser::of);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return current().orElseThrow(() -> new AccessDeniedException("login"));
    }
}
