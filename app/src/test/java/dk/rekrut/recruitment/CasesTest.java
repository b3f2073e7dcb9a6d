package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RekrutTest
class CasesTest {

    @Autowired Cases cases;
    @Autowired CaseAccess access;
    @Autowired OrganisationDirectory directory;
    @Autowired AuditLog audit;

    @Test
    void hrWithLimitedRightsIsAttachedToWhatTheyCreateAndSeesOnlyThat() {
        var limited = actor("hr.begraenset");
        var c = cases.create(limited, form("Begrænset sag", null));
        assertThat(c.hasMember(limited.id(), TeamRole.HANDLER)).isTrue();
        assertThat(c.unitId()).isEqualTo(limited.unitId());
        assertThat(cases.list(limited, new Cases.ListQuery(Cases.Scope.UNIT, null, null, null)))
            .allSatisfy(x -> assertThat(x.hasMember(limited.id()) || x.createdBy().equals(limited.id())).isTrue());
    }

    @Test
    void caseHandlingHrCannotCreateButHandlesTheUnitsCases() {
        var handler = actor("hr.sag");
        assertThatThrownBy(() -> cases.create(handler, form("Må ikke", null))).isInstanceOf(ForbiddenException.class);
        var c = cases.create(actor("hr.udvidet"), form("Enhedens sag", null));
        assertThat(access.canManage(handler, c)).isTrue();
        assertThat(cases.list(handler, new Cases.ListQuery(Cases.Scope.UNIT, "Enhedens sag", null, null))).isNotEmpty();
    }

    @Test
    void noCaseInAnotherUnitAndNoUnitAbove() {
        var hr = actor("hr.udvidet");
        var buf = directory.userByUsername("hr.buf").orElseThrow().unitId();
        assertThatThrownBy(() -> cases.create(hr, form("Forkert enhed", buf))).isInstanceOf(RuleViolation.class)
            .hasMessage("error.case.unit");
        var other = cases.create(actor("hr.buf"), form("BUF-sag", buf));
        assertThatThrownBy(() -> access.requireView(hr, other.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void publishingNeedsPostingTextAndAMedium() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Uden opslag", null));
        assertThatThrownBy(() -> cases.publish(hr, c.id())).isInstanceOfSatisfying(RuleViolation.class, e ->
            assertThat(String.valueOf(e.args()[0])).contains("blocker.no-posting-text", "blocker.no-publication"));
        assertThat(cases.find(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void oneChairPerCaseAndRolesMustFit() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Udvalg", null));
        cases.attach(hr, c.id(), id("bedoemmelse"), TeamRole.CHAIR);
        assertThatThrownBy(() -> cases.attach(hr, c.id(), id("ansaettelse"), TeamRole.CHAIR))
            .hasMessage("error.team.one-chair");
        assertThatThrownBy(() -> cases.attach(hr, c.id(), id("admin"), TeamRole.COMMITTEE_MEMBER))
            .hasMessage("error.team.role-mismatch");
        assertThat(audit.search(new AuditQuery(null, AuditAction.CASE_TEAM_CHANGED, c.id().toString(), null, null, 10)))
            .hasSize(1);
    }

    @Test
    void aStaleFormDoesNotOverwriteSomeoneElsesChange() {
        var hr = actor("hr.udvidet");
        var c = cases.create(hr, form("Samtidig", null));
        var first = CaseForm.of(c);
        var second = CaseForm.of(c);
        first.setTitle("Ændret af første");
        cases.update(hr, c.id(), first);
        second.setTitle("Ændret af anden");
        assertThatThrownBy(() -> cases.update(hr, c.id(), second)).hasMessage("error.case.concurrent");
        assertThat(cases.find(c.id()).orElseThrow().title()).isEqualTo("Ændret af første");
    }

    @Test
    void deadlineIsDanishLocalTime() {
        var hr = actor("hr.udvidet");
        var f = form("Frist", null);
        f.setDeadline(LocalDateTime.of(2030, 7, 1, 12, 0));
        var c = cases.create(hr, f);
        assertThat(c.deadline()).hasToString("2030-07-01T10:00:00Z"); // CEST = UTC+2
    }

    @Test
    void statusChangesFollowTheLifecycle() {
        assertThat(CaseStatus.DRAFT.canMoveTo(CaseStatus.CLOSED)).isFalse();
        assertThat(CaseStatus.PUBLISHED.canMoveTo(CaseStatus.CLOSED)).isTrue();
        assertThat(CaseStatus.CLOSED.canMoveTo(CaseStatus.ARCHIVED)).isTrue();
        assertThat(CaseStatus.ARCHIVED.canMoveTo(CaseStatus.DRAFT)).isFalse();
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private UUID id(String username) {
        return directory.userByUsername(username).orElseThrow().id();
    }

    private static CaseForm form(String title, UUID unit) {
        var f = new CaseForm();
        f.setTitle(title);
        f.setUnitId(unit);
        f.setDeadline(LocalDateTime.now().plusDays(30));
        return f;
    }
}
