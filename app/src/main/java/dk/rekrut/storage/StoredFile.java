package dk.rekrut.storage;

import java.util.UUID;

/** A file in the store: its id (what other modules keep), size in bytes, SHA-256 (hex) and content type. */
public record StoredFile(UUID id, long size, String sha256, String contentType) {
}
