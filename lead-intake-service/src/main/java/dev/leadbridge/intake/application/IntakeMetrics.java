package dev.leadbridge.intake.application;

import dev.leadbridge.events.payload.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** What intake counts: leads captured and recognised again by channel, submissions refused by reason, spam. */
@ApplicationScoped
public class IntakeMetrics {

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void captured(Channel channel) {
        registry.counter("leadbridge.intake.leads", "channel", channel.wire(), "outcome", "captured").increment();
    }

    void duplicate(Channel channel) {
        registry.counter("leadbridge.intake.leads", "channel", channel.wire(), "outcome", "duplicate").increment();
    }

    public void rejected(String reason) {
        registry.counter("leadbridge.intake.rejected", "reason", reason).increment();
    }

    /** @param formId the form it was posted to; {@code api} for the JSON API */
    public void spam(String formId, String reason) {
        registry.counter("leadbridge.intake.spam", "form", formId, "reason", reason).increment();
    }

    void erased() {
        registry.counter("leadbridge.intake.erasures").increment();
    }
}
