package dk.rekrut.shared;

import java.util.List;

/**
 * One page of a list that is read whole and shown a page at a time: the rows on it, how many there are in all, the
 * page (the one asked for, held within 1 and the last) and how many pages there are (at least one, also when empty).
 */
public record Paged<T>(List<T> rows, int total, int page, int pages) {

    public static <T> Paged<T> of(List<T> all, int asked, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int page = Math.min(Math.max(asked, 1), pages);
        return new Paged<>(all.subList((page - 1) * size, Math.min(all.size(), page * size)), all.size(), page, pages);
    }
}
