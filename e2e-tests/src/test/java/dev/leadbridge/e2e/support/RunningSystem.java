package dev.leadbridge.e2e.support;

import dev.leadbridge.infrastructure.local.LeadBridgeSystem;
import dev.leadbridge.infrastructure.local.SystemOptions;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test class its own running system ({@link E2eSystem}) as a parameter of its {@code @BeforeAll} method, and
 * stops it when the class is done: the class-level store closes what it holds. A class marked {@link SignsPeopleIn}
 * gets a system with Keycloak, which people sign in with.
 */
public final class RunningSystem implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSystem.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LeadBridgeSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent(context.getRequiredTestClass(),
                testClass -> E2eSystem.start(testClass.getSimpleName(), testClass.isAnnotationPresent(SignsPeopleIn.class)
                        ? SystemOptions::withIdentityProvider : UnaryOperator.identity()), LeadBridgeSystem.class);
    }
}
