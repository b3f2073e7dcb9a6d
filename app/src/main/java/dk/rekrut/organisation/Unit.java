package dk.rekrut.organisation;

import java.util.UUID;

/** An organisation unit, e.g. Københavns Kommune → Økonomiforvaltningen → KS Rekruttering. */
public record Unit(UUID id, String name, UUID parentId, String street, String postalCode, String town) {
}
