package dk.rekrut.shared;

/**
 * Who can log in right after start-up, for the last line of the start-up log ("Rekrut kører på …: log ind som …").
 * The demo data provides one; without it the line says to log in with one's own user.
 */
public interface LoginHint {

    String text();
}
