/**
 * File store (filesystem by default) whose writes commit and roll back with the caller's database transaction,
 * upload inspection by content, and the virus-scan hook.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package dk.rekrut.storage;
