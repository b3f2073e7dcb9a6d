package dk.rekrut.trial;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.organisation.Administration;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;

/** A unit of its own for each test class, so trials of other tests in the shared context never take its subjects. */
final class TrialFixture {

    private TrialFixture() {
    }

    static CurrentUser managerOfNewUnit(Administration administration, String name) {
        var unit = administration.createUnit(new Administration.NewUnit(name + " " + UUID.randomUUID().toString()
            .substring(0, 8), null, null, null, null));
        return new CurrentUser(UUID.randomUUID(), "test.manager", "Test Manager", unit.id(), Role.JOBCENTRE_MANAGER);
    }

    static Design design(String name, int ratioTool, int ratioUsual, LocalDate start, int followUpMonths) {
        return new Design(name, Set.of(Education.LONG_HIGHER), Set.of(), true, 6, ratioTool, ratioUsual, true, true,
            start, start.plusYears(1), followUpMonths, true, true);
    }

    static TargetFacts eligible() {
        return new TargetFacts(Education.LONG_HIGHER, AgeBand.AGE_25_29, true, 2);
    }

    static final List<String> ISCO = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
}
