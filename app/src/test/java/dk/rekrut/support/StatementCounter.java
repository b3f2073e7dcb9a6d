package dk.rekrut.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements one thread executes while {@link #count} runs, for the no-N+1 tests. The test
 * context's DataSource is wrapped in a plain JDK proxy (connections and statements too); outside {@code count}
 * the proxy only passes calls on, and work on other threads (outbox, sweepers) is never counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** The result of a counted piece of work and the number of statements it executed. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Callable<T> work) throws Exception {
        int[] counter = {0};
        int[] outer = COUNT.get();
        COUNT.set(counter);
        try {
            T result = work.call();
            return new Counted<>(result, counter[0]);
        } finally {
            if (outer == null) {
                COUNT.remove();
            } else {
                COUNT.set(outer);
            }
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? wrap(ds, DataSource.class) : bean;
            }
        };
    }

    private static Object wrap(Object target, Class<?> kind) {
        Class<?>[] interfaces = ClassUtils.getAllInterfacesForClass(target.getClass(), StatementCounter.class.getClassLoader());
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return true;
            }
            if (Statement.class.isAssignableFrom(kind) && method.getName().startsWith("execute")) {
                int[] counter = COUNT.get();
                if (counter != null) {
                    counter[0]++;
                }
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection c && method.getName().equals("getConnection")) {
                return wrap(c, Connection.class);
            }
            if (result instanceof Statement s && kind == Connection.class) {
                return wrap(s, Statement.class);
            }
            return result;
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler);
    }
}
