package dk.rekrut.talentpool;

import java.util.UUID;

/** One of the administrator's icons (e.g. "Lederpotentiale") that HR puts on pool members. */
public record Icon(UUID id, String name) {
}
