package dk.rekrut.storage;

import java.util.UUID;

public record StoredFile(UUID id, long size, String sha256, String contentType) {
}
