/**
 * Demo data for the embedded default: an organisation tree, one user per role, media, a layout and a few
 * published cases. Runs only on an empty database, and by default (rekrut.demo-data=auto) only on the embedded H2 one.
 */
@ApplicationModule(displayName = "Demo data")
package dk.rekrut.demo;

import org.springframework.modulith.ApplicationModule;
