package dk.rekrut.recruitment;

public record ContactPerson(String name, String email, String phone) {
}
