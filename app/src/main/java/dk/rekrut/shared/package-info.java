/**
 * Shared kernel: time zone and clock, small value helpers used by every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package dk.rekrut.shared;

import org.springframework.modulith.ApplicationModule;
