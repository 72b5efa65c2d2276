package dev.leadbridge.intake.api;

import dev.leadbridge.intake.domain.Countries;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A country the intake can normalise to ISO-3166 alpha-2, checked with the other fields so one answer lists all. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Country.Validator.class)
public @interface Country {

    String message() default "must be a country: an ISO-3166 alpha-2 or alpha-3 code, or its name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Absent is fine; present must be a country. */
    class Validator implements ConstraintValidator<Country, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Countries.toAlpha2(value).isPresent();
        }
    }
}
