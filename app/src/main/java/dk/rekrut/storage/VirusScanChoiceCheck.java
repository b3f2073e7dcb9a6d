package dk.rekrut.storage;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops Rekrut's start when a production database has no virus-scan choice ({@link VirusScanChoice}), before any
 * bean is made: no database connection, no migration, no port. {@link VirusScanChoiceFailure} prints the one-line
 * reason. A bean factory post-processor, as those run before every other bean.
 */
@Component
class VirusScanChoiceCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        VirusScanChoice.decide(environment.getProperty(VirusScanChoice.PROPERTY),
            environment.getProperty("spring.datasource.url"));
    }
}
