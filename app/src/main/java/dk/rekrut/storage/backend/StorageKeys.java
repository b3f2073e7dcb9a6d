package dk.rekrut.storage.backend;

import java.util.UUID;

/**
 * Storage keys: {@code abc/<uuid>}, sharded by the id's first three hex digits so no directory grows huge (4,096
 * directories: a million files are 250 in each). Keys written before 2026-12 are {@code ab/cd/<uuid>}; they stay
 * valid (the row holds the key). One level instead of two: a new file seldom needs a new directory, and each new
 * directory cost a creation and a flush of the directories above it.
 */
public final class StorageKeys {

    private StorageKeys() {
    }

    public static String of(UUID id) {
        String s = id.toString();
        return s.substring(0, 3) + "/" + s;
    }
}
