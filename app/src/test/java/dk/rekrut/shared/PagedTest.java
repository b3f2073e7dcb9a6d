package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void aPageHoldsItsRowsAndThePageAskedForIsKeptWithinTheList() {
        assertThat(Paged.of(TWENTY_FIVE, 2, 10)).isEqualTo(new Paged<>(TWENTY_FIVE.subList(10, 20), 25, 2, 3));
        assertThat(Paged.of(TWENTY_FIVE, 3, 10).rows()).containsExactly(21, 22, 23, 24, 25);
        assertThat(Paged.of(TWENTY_FIVE, 0, 10).page()).isEqualTo(1);
        assertThat(Paged.of(TWENTY_FIVE, 99, 10).page()).isEqualTo(3);
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        assertThat(Paged.of(List.of(), 5, 10)).isEqualTo(new Paged<>(List.of(), 0, 1, 1));
    }
}
