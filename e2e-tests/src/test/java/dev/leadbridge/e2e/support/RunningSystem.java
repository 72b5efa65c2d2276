package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.SystemOptions;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class its own running system ({@link E2eSystem}) as a parameter of its {@code @BeforeAll} method, and
 * stops it when the class is done: the class-level store closes what it holds. A class marked {@link SignsPeopleIn}
 * gets a system with Keycloak, which people sign in with; one marked {@link TellsPeople} gets
 * {@link NotificationReceivers} the system sends to, as a parameter too.
 */
public final class RunningSystem implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSystem.class);
    private static final Set<Class<?>> RESOLVED = Set.of(LeadBridgeSystem.class, NotificationReceivers.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == NotificationReceivers.class) {
            return receivers(context);
        }
        return context.getStore(NAMESPACE).computeIfAbsent(context.getRequiredTestClass(),
                testClass -> E2eSystem.start(testClass.getSimpleName(), options -> tweaks(testClass, context)
                        .apply(options)), LeadBridgeSystem.class);
    }

    private static UnaryOperator<SystemOptions> tweaks(Class<?> testClass, ExtensionContext context) {
        UnaryOperator<SystemOptions> signIn = testClass.isAnnotationPresent(SignsPeopleIn.class)
                ? SystemOptions::withIdentityProvider : UnaryOperator.identity();
        if (!testClass.isAnnotationPresent(TellsPeople.class)) {
            return signIn;
        }
        NotificationReceivers receivers = receivers(context);
        return options -> receivers.configure(signIn.apply(options));
    }

    private static NotificationReceivers receivers(ExtensionContext context) {
        if (!context.getRequiredTestClass().isAnnotationPresent(TellsPeople.class)) {
            throw new IllegalStateException("mark the test class @TellsPeople to receive its notifications");
        }
        return context.getStore(NAMESPACE).computeIfAbsent(NotificationReceivers.class,
                ignored -> NotificationReceivers.start(), NotificationReceivers.class);
    }
}
