package dk.rekrut.organisation;

import java.util.Locale;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.TextLimits;
import dk.rekrut.shared.RuleViolation;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's changes to units and users. Every change is audited. */
@Service
public class Administration {

    public record NewUser(String username, String displayName, String email, UUID unitId, Role role, String password) {
    }

    public record NewUnit(String name, UUID parentId, String street, String postalCode, String town) {
    }

    /** The organisation_unit columns (V1__foundation.sql). */
    static final TextLimits UNIT_LIMITS = TextLimits.of()
        .field("name", 200).field("street", 200).field("postalCode", 10).field("town", 100);

    /** The app_user columns (V1__foundation.sql); the username has its own pattern. */
    static final TextLimits USER_LIMITS = TextLimits.of()
        .field("displayName", 200).field("email", 200);

    private final UnitRepository units;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher events;

    Administration(UnitRepository units, UserRepository users, PasswordEncoder encoder, AuditLog audit,
                   OrganisationDirectory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
        this.units = units;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Transactional
    public Unit createUnit(NewUnit cmd) {
        requireText(cmd.name(), "error.unit.name");
        UNIT_LIMITS.check().value("name", cmd.name()).value("street", cmd.street()).value("postalCode", cmd.postalCode())
            .value("town", cmd.town()).require();
        if (cmd.parentId() != null) {
            units.find(cmd.parentId()).orElseThrow(() -> new RuleViolation("error.unit.parent"));
        }
        var unit = new Unit(UUID.randomUUID(), cmd.name().strip(), cmd.parentId(), blankToNull(cmd.street()),
            blankToNull(cmd.postalCode()), blankToNull(cmd.town()));
        units.insert(unit);
        audit.record(AuditAction.UNIT_CREATED, "Unit", unit.id(), null);
        return unit;
    }

    @Transactional
    public void updateUnit(Unit changed) {
        requireText(changed.name(), "error.unit.name");
        var unit = new Unit(changed.id(), changed.name().strip(), changed.parentId(), blankToNull(changed.street()),
            blankToNull(changed.postalCode()), blankToNull(changed.town()));
        UNIT_LIMITS.check().value("name", unit.name()).value("street", unit.street()).value("postalCode", unit.postalCode())
            .value("town", unit.town()).require();
        units.find(unit.id()).orElseThrow(() -> new NotFoundException("unit"));
        if (unit.parentId() != null && directory.subtree(unit.id()).contains(unit.parentId())) {
            throw new RuleViolation("error.unit.cycle");
        }
        units.update(unit);
        audit.record(AuditAction.UNIT_CHANGED, "Unit", unit.id(), null);
    }

    @Transactional
    public UserView createUser(NewUser cmd) {
        requireText(cmd.username(), "error.user.username");
        requireText(cmd.displayName(), "error.user.name");
        requireText(cmd.email(), "error.user.email");
        USER_LIMITS.check().value("displayName", cmd.displayName()).value("email", cmd.email()).require();
        if (!EmailAddress.isValid(cmd.email())) {
            throw new RuleViolation("error.user.email");
        }
        if (cmd.role() == null) {
            throw new RuleViolation("error.user.role");
        }
        units.find(cmd.unitId()).orElseThrow(() -> new RuleViolation("error.user.unit"));
        String username = cmd.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9._@-]{2,100}")) {
            throw new RuleViolation("error.user.username");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new RuleViolation("error.user.exists");
        }
        String hash = null;
        if (cmd.password() != null && !cmd.password().isBlank()) {
            checkPassword(cmd.password());
            hash = encoder.encode(cmd.password());
        }
        var user = new UserView(UUID.randomUUID(), username, cmd.displayName().strip(), cmd.email().strip(),
            cmd.unitId(), cmd.role(), true);
        users.insert(user, hash, null);
        audit.record(AuditAction.USER_CREATED, "User", user.id(), "role=" + user.role());
        return user;
    }

    @Transactional
    public void updateUser(UUID id, String displayName, String email, UUID unitId, Role role, boolean enabled) {
        var existing = users.find(id).orElseThrow(() -> new NotFoundException("user")).user();
        requireText(displayName, "error.user.name");
        requireText(email, "error.user.email");
        USER_LIMITS.check().value("displayName", displayName).value("email", email).require();
        if (!EmailAddress.isValid(email)) {
            throw new RuleViolation("error.user.email");
        }
        units.find(unitId).orElseThrow(() -> new RuleViolation("error.user.unit"));
        var changed = new UserView(id, existing.username(), displayName.strip(), email.strip(), unitId, role, enabled);
        users.update(changed);
        if (existing.role() != role) {
            audit.record(AuditAction.ROLE_CHANGED, "User", id, existing.role() + " -> " + role);
        }
        audit.record(AuditAction.USER_CHANGED, "User", id, null);
    }

    @Transactional
    public void setPassword(UUID id, String password) {
        var user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        checkPassword(password);
        users.updatePassword(id, encoder.encode(password));
        audit.record(AuditAction.USER_CHANGED, "User", id, "password set");
        events.publishEvent(new PasswordSet(id, user.user().username()));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 10) {
            throw new RuleViolation("error.user.password");
        }
    }

    private static void requireText(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(key);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
