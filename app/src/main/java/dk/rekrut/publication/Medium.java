package dk.rekrut.publication;

import java.math.BigDecimal;
import java.util.UUID;

/** A place a posting can be published, with what one publication there costs. */
public record Medium(UUID id, String code, String name, MediumKind kind, BigDecimal costPerPublication, boolean active) {
}
