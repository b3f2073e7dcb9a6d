package dk.rekrut.recruitment;

import java.util.stream.Collectors;
import java.util.stream.Stream;

public record ContactPerson(String name, String email, String phone) {

    /** As a letter names the contact person: name, phone and e-mail, the ones given; empty when none is. */
    public String written() {
        return Stream.of(name, phone, email).filter(s -> s != null && !s.isBlank()).map(String::strip)
            .collect(Collectors.joining(", "));
    }
}
