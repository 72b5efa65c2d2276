package dev.leadbridge.intake.api;

import dev.leadbridge.intake.domain.EmailAddresses;
import dev.leadbridge.intake.domain.InvalidLeadException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An e-mail address as {@link EmailAddresses} accepts it (the one rule for every entry point), checked with the other
 * fields so one answer lists all; the violation says what is wrong with the address.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Validator.class)
public @interface EmailAddress {

    String message() default "must be an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Absent is for {@code @NotBlank} to judge; present must be an address. */
    class Validator implements ConstraintValidator<EmailAddress, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                EmailAddresses.normalise(value);
                return true;
            } catch (InvalidLeadException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(literal(e.getMessage())).addConstraintViolation();
                return false;
            }
        }

        /** The reason quotes characters such as {@code {}$}, which a message template would interpret. */
        private static String literal(String text) {
            return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
