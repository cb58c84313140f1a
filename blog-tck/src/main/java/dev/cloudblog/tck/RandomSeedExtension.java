package dev.cloudblog.tck;

import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Gives a test a {@link Random} parameter and, when the test fails, says which seed reproduces
 * it. The seed comes from the system property {@code tck.seed} when set, otherwise from the time.
 *
 * <pre>{@code
 * @ExtendWith(RandomSeedExtension.class)
 * class Kit { @Test void works(Random random) { ... } }
 * }</pre>
 * Reproduce a failure with {@code mvn test -Dtck.seed=<seed>}.
 */
public final class RandomSeedExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RandomSeedExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Random.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        long seed = Long.getLong("tck.seed", System.nanoTime());
        context.getStore(NAMESPACE).put("seed", seed);
        return new Random(seed);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Long seed = context.getStore(NAMESPACE).get("seed", Long.class);
        if (seed != null) {
            System.err.printf("%s failed with random seed %d; reproduce with -Dtck.seed=%d%n",
                    context.getDisplayName(), seed, seed);
        }
    }
}
