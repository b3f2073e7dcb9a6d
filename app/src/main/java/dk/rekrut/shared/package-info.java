/**
 * Shared kernel: time zone and clock, small value helpers used by every module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.rekrut.shared;
