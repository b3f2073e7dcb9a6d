/**
 * Demo data for the embedded default: an organisation tree, one user per role, media, a layout and a few
 * published cases. Runs only when rekrut.demo-data=true and the database has no units yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dk.rekrut.demo;
