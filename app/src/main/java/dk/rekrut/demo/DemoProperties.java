package dk.rekrut.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's details ({@code rekrut.demo.*}); whether there is a demo at all is {@link DemoDataProperties}.
 *
 * @param userPassword the demo users' password
 * @param jobcentre whether the demo also fills the job centre (posting sources, harvested postings, citizens)
 */
@ConfigurationProperties("rekrut.demo")
record DemoProperties(@DefaultValue(DemoData.DEMO_LOGIN) String userPassword, @DefaultValue("true") boolean jobcentre) {
}
