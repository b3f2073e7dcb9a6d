package dk.rekrut.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** Storage keys: {@code ab/cd/<uuid>}, sharded by the id's first four hex digits so no directory grows huge. */
final class StorageKeys {

    static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private StorageKeys() {
    }

    static String of(UUID id) {
        String s = id.toString();
        return s.substring(0, 2) + "/" + s.substring(2, 4) + "/" + s;
    }

    static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
