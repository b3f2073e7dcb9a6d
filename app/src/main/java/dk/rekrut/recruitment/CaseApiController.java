package dk.rekrut.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import dk.rekrut.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for recruitment cases. Same rules as the web UI: every call goes through {@link Cases} / {@link CaseAccess}. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

    record CaseJson(UUID id, String title, UUID unitId, CaseStatus status, Category category,
                    EmploymentType employmentType, JobProfile jobProfile, Terms terms, ContactPerson contact,
                    Instant deadline, boolean anonymous, boolean anonymityLocked, boolean videoAllowed,
                    List<LocalDate> interviewDates, List<TeamMember> team, int version) {
        static CaseJson of(RecruitmentCase c) {
            return new CaseJson(c.id(), c.title(), c.unitId(), c.status(), c.category(), c.terms().employmentType(),
                c.profile(), c.terms(), c.contact(), c.deadline(), c.anonymous(), c.anonymityLocked(), c.videoAllowed(),
                c.interviewDates(), c.team(), c.version());
        }
    }

    record TeamChange(UUID userId, TeamRole teamRole) {
    }

    private final Cases cases;
    private final CaseAccess access;

    CaseApiController(Cases cases, CaseAccess access) {
        this.cases = cases;
        this.access = access;
    }

    @GetMapping
    List<CaseJson> list(CurrentUser user, @RequestParam(defaultValue = "MINE") Cases.Scope scope,
                        @RequestParam(required = false) String q, @RequestParam(required = false) CaseStatus status) {
        return cases.list(user, new Cases.ListQuery(scope, q, status, null)).stream().map(CaseJson::of).toList();
    }

    @GetMapping("/{id}")
    CaseJson get(CurrentUser user, @PathVariable UUID id) {
        return CaseJson.of(access.requireView(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseJson create(CurrentUser user, @RequestBody CaseForm form) {
        return CaseJson.of(cases.create(user, form));
    }

    @PutMapping("/{id}")
    CaseJson update(CurrentUser user, @PathVariable UUID id, @RequestBody CaseForm form) {
        return CaseJson.of(cases.update(user, id, form));
    }

    @PostMapping("/{id}/publish")
    CaseJson publish(CurrentUser user, @PathVariable UUID id) {
        cases.publish(user, id);
        return get(user, id);
    }

    @PostMapping("/{id}/close")
    CaseJson close(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason) {
        cases.close(user, id, reason); // closing early (deadline not passed, ...) needs the reason, as on the page
        return get(user, id);
    }

    @PostMapping("/{id}/team")
    CaseJson attach(CurrentUser user, @PathVariable UUID id, @RequestBody TeamChange change) {
        cases.attach(user, id, change.userId(), change.teamRole());
        return get(user, id);
    }

    @DeleteMapping("/{id}/team/{userId}/{teamRole}")
    CaseJson detach(CurrentUser user, @PathVariable UUID id, @PathVariable UUID userId, @PathVariable TeamRole teamRole) {
        cases.detach(user, id, userId, teamRole);
        return get(user, id);
    }

}
