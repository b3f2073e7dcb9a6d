package dk.rekrut.organisation;

import java.util.List;
import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Units and users for integrations (administrators only; see SecurityConfiguration). */
@RestController
class OrganisationApiController {

    private final OrganisationDirectory directory;
    private final Administration administration;

    OrganisationApiController(OrganisationDirectory directory, Administration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    @GetMapping("/api/v1/units")
    List<Unit> units() {
        return directory.allUnits();
    }

    @PostMapping("/api/v1/units")
    @ResponseStatus(HttpStatus.CREATED)
    Unit createUnit(@RequestBody Administration.NewUnit unit) {
        return administration.createUnit(unit);
    }

    @GetMapping("/api/v1/users")
    List<UserView> users() {
        return directory.allUsers();
    }

    @GetMapping("/api/v1/users/{id}")
    UserView user(@PathVariable UUID id) {
        return directory.user(id).orElseThrow(() -> new NotFoundException("user"));
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView createUser(@RequestBody Administration.NewUser user) {
        return administration.createUser(user);
    }
}
