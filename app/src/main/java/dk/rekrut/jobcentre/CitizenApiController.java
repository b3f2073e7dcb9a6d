package dk.rekrut.jobcentre;

import java.io.IOException;
import java.util.List;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Education;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Citizens for integrations, with the job consultant's credentials (HTTP Basic, like the rest of the API): create a
 * profile from a multipart form, read its matches as JSON. A refused input answers 422 with the message key; another
 * consultant's citizen answers 404.
 */
@RestController
class CitizenApiController {

    private final Citizens citizens;
    private final CitizenMatches matches;

    CitizenApiController(Citizens citizens, CitizenMatches matches) {
        this.citizens = citizens;
        this.matches = matches;
    }

    @PostMapping(value = "/api/v1/jobcentre/citizens", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Citizens.Created> create(CurrentUser me, @RequestParam(required = false) MultipartFile cv,
                                            @RequestParam(required = false) List<String> wishes,
                                            @RequestParam(required = false) String postcode,
                                            @RequestParam(required = false) Integer maxKm,
                                            @RequestParam(required = false) String name,
                                            @RequestParam(required = false) String cpr,
                                            @RequestParam(required = false) String email,
                                            @RequestParam(required = false) String phone,
                                            @RequestParam(required = false) Education education,
                                            @RequestParam(required = false) AgeBand ageBand,
                                            @RequestParam(defaultValue = "false") boolean recentGraduate,
                                            @RequestParam(required = false) Integer monthsUnemployed) throws IOException {
        var created = citizens.create(me, new Citizens.NewCitizen(name, cpr, email, phone,
            cv == null ? null : cv.getOriginalFilename(), cv == null ? null : cv.getBytes(), wishes, postcode, maxKm,
            Citizens.facts(education, ageBand, recentGraduate, monthsUnemployed)));
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @GetMapping("/api/v1/jobcentre/citizens/{pseudonym}/matches")
    CitizenMatches.Matches matches(CurrentUser me, @PathVariable String pseudonym,
                                   @RequestParam(required = false) Integer km,
                                   @RequestParam(required = false) String occupation) {
        var citizen = citizens.own(me, pseudonym);
        if (citizen.usualPractice()) {
            throw new ForbiddenException("matches of a citizen in a trial's control arm");
        }
        return matches.matches(citizen, km, occupation);
    }
}
