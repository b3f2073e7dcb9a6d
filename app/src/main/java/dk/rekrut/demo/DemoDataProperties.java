package dk.rekrut.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether demo data is created on an empty database ({@code rekrut.demo-data}). {@link DemoData} is not even created
 * when it is {@code false}; its condition repeats this default, as a condition is evaluated before any binding.
 *
 * @param demoData {@code auto} (only on the embedded H2 database), {@code true} (on any) or {@code false} (never)
 */
@ConfigurationProperties("rekrut")
record DemoDataProperties(@DefaultValue("auto") String demoData) {
}
