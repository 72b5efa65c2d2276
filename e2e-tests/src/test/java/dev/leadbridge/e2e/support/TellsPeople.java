package dev.leadbridge.e2e.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The test class's system ({@link RunningSystem}) sends its notifications to receivers started with it: a real SMTP
 * server and a real webhook receiver ({@link NotificationReceivers}, a parameter of the class's {@code @BeforeAll}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TellsPeople {
}
